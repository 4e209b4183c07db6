/** The field app's texts for the live PMT preview, Thai first; merged into th.ts and en.ts. */
export const previewTh = {
  'preview.title': 'ผลคัดกรองเบื้องต้น (คำนวณในเครื่อง)',
  'preview.perPerson': 'รายได้เฉลี่ยต่อคน {{amount}} บาท/เดือน',
  'preview.total': 'รายได้รวมครัวเรือน {{amount}} บาท/เดือน จากสมาชิก {{count}} คน',
  'preview.score': 'คะแนน {{score}} จาก 100',
  'preview.class': 'จัดกลุ่มเป็น: {{class}}',
  'preview.why': 'ที่มาของคะแนน',
  'preview.noPoints': 'ไม่มีคำตอบใดที่เพิ่มคะแนน',
  'preview.incomplete': 'ยังคำนวณคะแนนไม่ได้: ยังมี {{count}} รายการที่ต้องกรอกหรือแก้ไข',
  'preview.noRegion': 'ยังคำนวณคะแนนไม่ได้: ไม่ทราบภูมิภาคของโรงเรียน',
  'preview.noModel': 'ยังไม่มีแบบจำลองคะแนนในเครื่อง เชื่อมต่ออินเทอร์เน็ตแล้วอัปเดตรายชื่อ',
  'preview.badModel': 'แบบจำลองคะแนนในเครื่องใช้ไม่ได้ เชื่อมต่ออินเทอร์เน็ตแล้วอัปเดตรายชื่อ',
  'preview.provisional': 'ตัวเลขนี้เป็นผลเบื้องต้นที่คำนวณในโทรศัพท์ เซิร์ฟเวอร์จะคำนวณใหม่เมื่อส่งแบบฟอร์ม',
} as const;

export const previewEn: Readonly<Record<keyof typeof previewTh, string>> = {
  'preview.title': 'Preliminary result (computed on the phone)',
  'preview.perPerson': 'Income per person {{amount}} baht/month',
  'preview.total': 'Household income {{amount}} baht/month from {{count}} members',
  'preview.score': 'Score {{score}} of 100',
  'preview.class': 'Poverty class: {{class}}',
  'preview.why': 'Where the points come from',
  'preview.noPoints': 'No answer added points',
  'preview.incomplete': 'No score yet: answers still to fill in or correct: {{count}}',
  'preview.noRegion': "No score yet: the school's region is not known",
  'preview.noModel': 'No scoring model on this phone yet: go online and update the list',
  'preview.badModel':
    'The scoring model on this phone cannot be used: go online and update the list',
  'preview.provisional':
    'A preliminary figure computed on this phone: the server recomputes it when the form is sent.',
};
