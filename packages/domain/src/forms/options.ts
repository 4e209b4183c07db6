import { none, opt } from './status-questions.js';
import type { ChoiceOption } from './types.js';

/**
 * Option lists of the sections other than household status. The programme's exact wording is not
 * public in our sources: labels and codes are our reconstruction of the form's published structure.
 * Codes are stable across revisions wherever the meaning is the same.
 */
export const FAMILY_STATUS: readonly ChoiceOption[] = [
  opt('together', 'บิดามารดาอยู่ด้วยกัน', 'Parents live together'),
  opt('separated', 'บิดามารดาแยกกันอยู่', 'Parents live apart'),
  opt('divorced', 'บิดามารดาหย่าร้าง', 'Parents divorced'),
  opt('father_dead_or_missing', 'บิดาเสียชีวิต/หายสาบสูญ', 'Father dead or missing'),
  opt('mother_dead_or_missing', 'มารดาเสียชีวิต/หายสาบสูญ', 'Mother dead or missing'),
  opt('both_dead_or_missing', 'บิดาและมารดาเสียชีวิต/หายสาบสูญ', 'Both parents dead or missing'),
  opt('abandoned', 'ถูกทอดทิ้ง', 'Abandoned'),
];

export const LIVES_WITH: readonly ChoiceOption[] = [
  opt('parents', 'บิดามารดา/บิดาหรือมารดา', 'Parents or a parent'),
  opt('relatives', 'ญาติ', 'Relatives'),
  opt('alone', 'อยู่ลำพัง', 'Alone'),
  opt('carer_or_employer', 'ผู้อุปการะ/นายจ้าง', 'A carer or an employer'),
  opt('institution', 'สถานสงเคราะห์/มูลนิธิ/วัด', 'A shelter, foundation or temple'),
];

export const GUARDIAN_RELATION: readonly ChoiceOption[] = [
  opt('father', 'บิดา', 'Father'),
  opt('mother', 'มารดา', 'Mother'),
  opt('grandparent', 'ปู่/ย่า/ตา/ยาย', 'Grandparent'),
  opt('sibling', 'พี่/น้อง', 'Sibling'),
  opt('uncle_aunt', 'ลุง/ป้า/น้า/อา', 'Uncle or aunt'),
  opt('other_relative', 'ญาติอื่น', 'Other relative'),
  opt('non_relative', 'ผู้อุปการะที่ไม่ใช่ญาติ', 'Unrelated carer'),
  opt('institution_carer', 'ผู้ดูแลในสถาบัน', 'Carer of the institution'),
];

export const MEMBER_RELATION: readonly ChoiceOption[] = [
  opt('student', 'นักเรียน (ผู้รับการคัดกรอง)', 'The student being screened'),
  opt('father', 'บิดา', 'Father'),
  opt('mother', 'มารดา', 'Mother'),
  opt('step_parent', 'บิดาเลี้ยง/มารดาเลี้ยง', 'Step-parent'),
  opt('grandparent', 'ปู่/ย่า/ตา/ยาย', 'Grandparent'),
  opt('sibling', 'พี่/น้อง', 'Sibling'),
  opt('uncle_aunt', 'ลุง/ป้า/น้า/อา', 'Uncle or aunt'),
  opt('other_relative', 'ญาติอื่น', 'Other relative'),
  opt('non_relative', 'ผู้อาศัยที่ไม่ใช่ญาติ', 'Unrelated person'),
];

export const EDUCATION: readonly ChoiceOption[] = [
  opt('not_yet', 'ยังไม่เข้าเรียน', 'Not yet in school'),
  opt('none', 'ไม่ได้เรียนหนังสือ', 'No schooling'),
  opt('pre_primary', 'อนุบาล', 'Pre-primary'),
  opt('primary', 'ประถมศึกษา', 'Primary'),
  opt('lower_secondary', 'มัธยมศึกษาตอนต้น', 'Lower secondary'),
  opt('upper_secondary', 'มัธยมศึกษาตอนปลาย', 'Upper secondary'),
  opt('vocational', 'ปวช./ปวส.', 'Vocational certificate or diploma'),
  opt('bachelor_or_higher', 'ปริญญาตรีขึ้นไป', "Bachelor's degree or higher"),
];

const OCCUPATION_2023: readonly ChoiceOption[] = [
  opt('none', 'ไม่ได้ประกอบอาชีพ/ว่างงาน', 'No occupation or jobless'),
  opt('farmer', 'เกษตรกร', 'Farmer'),
  opt('fisher', 'ประมง', 'Fisher'),
  opt('labourer', 'รับจ้างทั่วไป', 'Day labourer'),
  opt('own_business', 'ค้าขาย/ธุรกิจส่วนตัว', 'Trader or own business'),
  opt('private_employee', 'พนักงานบริษัท/ลูกจ้างเอกชน', 'Private employee'),
  opt('government', 'รับราชการ/พนักงานรัฐวิสาหกิจ', 'Civil servant or state enterprise'),
  opt('other', 'อื่น ๆ', 'Other'),
];

/** March 2026: platform work (riders, online gigs) is asked apart from day labour. */
const OCCUPATION_2026_03: readonly ChoiceOption[] = [
  ...OCCUPATION_2023.slice(0, 4),
  opt('platform_worker', 'รับจ้างผ่านแพลตฟอร์มออนไลน์ (เช่น ไรเดอร์)', 'Platform worker (e.g. rider)'),
  ...OCCUPATION_2023.slice(4),
];

const TRAVEL_COMMON: readonly ChoiceOption[] = [
  opt('walk', 'เดิน', 'Walk'),
  opt('bicycle', 'จักรยาน', 'Bicycle'),
  opt('motorcycle', 'รถจักรยานยนต์ของครอบครัว', "Family's motorcycle"),
  opt('motorcycle_taxi', 'รถจักรยานยนต์รับจ้าง', 'Motorcycle taxi'),
  opt('public_transport', 'รถโดยสารประจำทาง/รถสองแถว', 'Bus or songthaew'),
  opt('boat', 'เรือ', 'Boat'),
  opt('family_car', 'รถยนต์ของครอบครัว', "Family's car"),
];

const TRAVEL_2023: readonly ChoiceOption[] = [
  ...TRAVEL_COMMON,
  opt('school_van', 'รถรับส่งนักเรียน', 'School van'),
];

/** March 2026: free transport by the school or local government is told apart from a paid van. */
const TRAVEL_2026_03: readonly ChoiceOption[] = [
  ...TRAVEL_COMMON,
  opt('school_van_paid', 'รถรับส่งนักเรียน (เสียค่าบริการ)', 'School van (paid)'),
  opt(
    'school_transport_free',
    'รถรับส่งฟรีจากโรงเรียน/ท้องถิ่น',
    'Free transport from the school or local government',
  ),
];

export const OCCUPATION = { '2023': OCCUPATION_2023, '2026-03': OCCUPATION_2026_03 } as const;
export const TRAVEL_MODES = { '2023': TRAVEL_2023, '2026-03': TRAVEL_2026_03 } as const;

export const PHOTO_KIND: readonly ChoiceOption[] = [
  opt('outside', 'ภายนอกบ้าน (เห็นหลังคาและผนังทั้งหมด)', 'Outside the home (whole roof and walls)'),
  opt('inside', 'ภายในบ้าน (เห็นพื้นและสภาพภายใน)', 'Inside the home (floor and interior)'),
  opt('school_sign', 'นักเรียนคู่กับป้ายโรงเรียน', 'The student beside the school sign'),
];

export const PHOTO_TAKEN_BY: readonly ChoiceOption[] = [
  opt('teacher_visit', 'ครูถ่ายขณะเยี่ยมบ้าน', 'Taken by the teacher on a home visit'),
  opt('sent_by_student', 'นักเรียน/ผู้ปกครองส่งมา', 'Sent by the student or guardian'),
];

export const UNPHOTOGRAPHABLE_REASON: readonly ChoiceOption[] = [
  opt('other_district', 'บ้านอยู่ต่างอำเภอ', 'The home is in another district'),
  opt('other_province', 'บ้านอยู่ต่างจังหวัด', 'The home is in another province'),
  opt('other_country', 'บ้านอยู่ต่างประเทศ', 'The home is in another country'),
  opt('not_permitted', 'ไม่ได้รับอนุญาตให้ถ่ายภาพ', 'Photographs not permitted'),
];

export const INSTITUTION_TYPE: readonly ChoiceOption[] = [
  opt('shelter', 'สถานสงเคราะห์', 'Shelter'),
  opt('foundation', 'มูลนิธิ', 'Foundation'),
  opt('temple', 'วัด/สำนักสงฆ์', 'Temple'),
  opt('other_religious', 'มัสยิด/โบสถ์/ศาสนสถานอื่น', 'Mosque, church or other religious place'),
  opt('other', 'อื่น ๆ', 'Other'),
];

export const BOARDING: readonly ChoiceOption[] = [
  opt('full', 'พักประจำตลอดปี', 'Boards all year'),
  opt('school_days', 'พักเฉพาะวันเรียน', 'Boards on school days'),
  opt('day_care', 'ดูแลเฉพาะกลางวัน ไม่พักค้างคืน', 'Day care only, no overnight stay'),
];

export const INSTITUTION_HELP: readonly ChoiceOption[] = [
  opt('lodging', 'ที่พัก', 'Lodging'),
  opt('food', 'อาหาร', 'Food'),
  opt('clothing', 'เครื่องแต่งกาย', 'Clothing'),
  opt('school_supplies', 'อุปกรณ์การเรียน', 'School supplies'),
  opt('travel', 'ค่าเดินทาง', 'Travel costs'),
  opt('pocket_money', 'เงินค่าขนม', 'Pocket money'),
  opt('healthcare', 'การรักษาพยาบาล', 'Healthcare'),
  none('ไม่ได้รับความช่วยเหลือ', 'No help'),
];
