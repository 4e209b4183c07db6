import { MAX_HOUSEHOLD_MEMBERS } from './household.js';
import {
  BAHT_PER_DAY,
  BAHT_PER_MONTH,
  KM,
  MINUTES,
  NONE_UNIT,
  PEOPLE,
  YEARS,
  group,
  list,
  multi,
  num,
  simple,
  single,
  text,
  yesNo,
} from './build.js';
import type { Field, GroupField } from './fields.js';
import type { FormRevisionId } from './household.js';
import * as o from './options.js';
import type { StatusQuestion } from './types.js';

/** The sections of แบบ นร./กสศ.01; a revision passes in the option lists that differ. */
const MONEY = { min: 0, max: 1_000_000, unit: BAHT_PER_MONTH } as const;

export const student = group('student', 'ข้อมูลนักเรียน', 'Student', [
  single('familyStatus', 'สถานภาพครอบครัว', 'Family status', o.FAMILY_STATUS),
  single('livesWith', 'นักเรียนอาศัยอยู่กับ', 'The student lives with', o.LIVES_WITH),
]);

export const guardian = (revision: FormRevisionId): GroupField =>
  group('guardian', 'ข้อมูลผู้ปกครอง', 'Guardian', [
    text('name', 'ชื่อ-นามสกุลผู้ปกครอง', "Guardian's full name"),
    single('relation', 'ความเกี่ยวข้องกับนักเรียน', 'Relation to the student', o.GUARDIAN_RELATION),
    single('education', 'การศึกษาสูงสุด', 'Highest education', o.EDUCATION),
    single('occupation', 'อาชีพ', 'Occupation', o.OCCUPATION[revision]),
    simple('phone', 'phone', 'หมายเลขโทรศัพท์', 'Phone number', { optional: true }),
    yesNo('hasNoId', 'ไม่มีเลขประจำตัวประชาชน', 'Has no national ID'),
    simple('thaiId', 'idNumber', 'เลขประจำตัวประชาชน 13 หลัก', '13-digit national ID', {
      when: { field: 'guardian.hasNoId', anyOf: [false] },
    }),
    yesNo('welfareCard', 'ถือบัตรสวัสดิการแห่งรัฐ', 'Holds a state welfare card'),
  ]);

const income = group('income', 'รายได้เฉลี่ยต่อเดือน', 'Average monthly income', [
  num('wages', 'ค่าจ้าง/เงินเดือน', 'Wages or salary', MONEY),
  num('farming', 'ผลผลิตทางการเกษตร (หักต้นทุน)', 'Farming, after costs', MONEY),
  num('business', 'ธุรกิจส่วนตัว (หักต้นทุน)', 'Own business, after costs', MONEY),
  num('welfare', 'สวัสดิการจากรัฐ', 'State welfare', MONEY),
  num('other', 'รายได้อื่น ๆ', 'Other income', MONEY),
]);

export const members = list(
  'members',
  'สมาชิกในครัวเรือน (อาศัยอยู่จริงอย่างน้อย 3 เดือนและร่วมค่าใช้จ่าย รวมนักเรียน)',
  'Household members (living there 3 months or more and sharing expenses, the student included)',
  { min: 1, max: MAX_HOUSEHOLD_MEMBERS },
  [
    text('name', 'ชื่อ-นามสกุล', 'Full name'),
    single('relation', 'ความเกี่ยวข้องกับนักเรียน', 'Relation to the student', o.MEMBER_RELATION),
    simple('thaiId', 'idNumber', 'เลขประจำตัวประชาชน', 'National ID', { optional: true }),
    single('education', 'การศึกษาสูงสุด', 'Highest education', o.EDUCATION),
    num('age', 'อายุ', 'Age', { min: 0, max: 120, integer: true, unit: YEARS }),
    yesNo('disabled', 'มีความพิการ', 'Has a disability'),
    yesNo('chronicallyIll', 'ป่วยเรื้อรัง', 'Chronically ill'),
    income,
  ],
);

/** Status questions are taken as they are: they are also the PMT's inputs. */
export const status = (questions: readonly StatusQuestion[]): GroupField =>
  group(
    'status',
    'สถานะครัวเรือน',
    'Household status',
    questions.map((q): Field => ({ input: 'choice', ...q })),
  );

export const rentPerMonth = num('rentPerMonth', 'ค่าเช่าบ้านต่อเดือน', 'Rent per month', MONEY, {
  when: { field: 'status.tenure', anyOf: ['rented'] },
});

export const institution = group('institution', 'ครัวเรือนสถาบัน', 'Institutional household', [
  single('type', 'ประเภทสถาบัน', 'Type of institution', o.INSTITUTION_TYPE),
  yesNo('registered', 'จดทะเบียนถูกต้องตามกฎหมาย', 'Legally registered'),
  text('name', 'ชื่อสถาบัน', 'Name of the institution'),
  text('carerName', 'ชื่อผู้ดูแลนักเรียน', "Name of the student's carer"),
  simple('date', 'since', 'นักเรียนอาศัยอยู่ตั้งแต่', 'The student has lived there since'),
  single('boarding', 'ลักษณะการพักอาศัย', 'Boarding', o.BOARDING),
  multi('help', 'ความช่วยเหลือที่นักเรียนได้รับ', 'Help the student receives', o.INSTITUTION_HELP),
  num('costPerStudentMonthly', 'ค่าใช้จ่ายต่อนักเรียนต่อเดือน', 'Cost per student per month', MONEY),
  num('children', 'จำนวนเด็กในความดูแล', 'Children in care', {
    min: 1,
    max: 10_000,
    integer: true,
    unit: PEOPLE,
  }),
  num('donationsMonthly', 'เงินบริจาคเฉลี่ยต่อเดือน', 'Donations per month', {
    min: 0,
    max: 100_000_000,
    unit: BAHT_PER_MONTH,
  }),
]);

export const travel = (revision: FormRevisionId): GroupField =>
  group('travel', 'การเดินทางไปโรงเรียน', 'Travel to school', [
    multi('modes', 'วิธีการเดินทาง', 'How the student travels', o.TRAVEL_MODES[revision]),
    num('roundTripKm', 'ระยะทางไป-กลับ', 'Round-trip distance', { min: 0, max: 1_000, unit: KM }),
    num('roundTripMinutes', 'เวลาเดินทางไป-กลับ', 'Round-trip time', {
      min: 0,
      max: 1_440,
      integer: true,
      unit: MINUTES,
    }),
    num('costPerMonth', 'ค่าเดินทางต่อเดือน', 'Travel cost per month', {
      min: 0,
      max: 100_000,
      unit: BAHT_PER_MONTH,
    }),
    num('pocketMoneyPerDay', 'เงินค่าขนมที่ได้รับต่อวัน', 'Pocket money per day', {
      min: 0,
      max: 10_000,
      unit: BAHT_PER_DAY,
    }),
  ]);

export const address = group('address', 'ที่อยู่และพิกัดบ้าน', 'Address and home location', [
  text('houseNumber', 'บ้านเลขที่', 'House number', { optional: true, maxLength: 20 }),
  num(
    'moo',
    'หมู่ที่',
    'Village number (moo)',
    { min: 1, max: 99, integer: true, unit: NONE_UNIT },
    {
      optional: true,
    },
  ),
  text('village', 'หมู่บ้าน/ชุมชน', 'Village or community', { optional: true }),
  text('subdistrict', 'ตำบล/แขวง', 'Sub-district'),
  text('district', 'อำเภอ/เขต', 'District'),
  text('province', 'จังหวัด', 'Province'),
  text('postcode', 'รหัสไปรษณีย์', 'Postcode', { optional: true, maxLength: 5, pattern: /^\d{5}$/ }),
  simple('gps', 'gps', 'พิกัดบ้าน (GPS)', 'Home location (GPS)'),
]);

export const photos = group('photos', 'ภาพถ่ายหลักฐาน', 'Photo evidence', [
  single(
    'unphotographableReason',
    'กรณีถ่ายภาพบ้านไม่ได้ เหตุผล',
    'If the home cannot be photographed, why',
    o.UNPHOTOGRAPHABLE_REASON,
    { optional: true },
  ),
  list('items', 'ภาพถ่าย', 'Photos', { min: 1, max: 10 }, [
    single('kind', 'ภาพของ', 'Photo of', o.PHOTO_KIND),
    single('takenBy', 'ผู้ถ่ายภาพ', 'Taken by', o.PHOTO_TAKEN_BY),
    simple('dateTime', 'capturedAt', 'วันเวลาที่ถ่าย', 'Captured at'),
    simple('gps', 'place', 'สถานที่ถ่าย (GPS)', 'Where it was taken (GPS)'),
    text('ref', 'รหัสไฟล์ภาพ', 'Image reference'),
  ]),
]);

export const declarations = group('declarations', 'คำรับรอง', 'Declarations', [
  yesNo(
    'truthDeclared',
    'ผู้ปกครองรับรองว่าข้อมูลเป็นความจริง',
    'The guardian declares the information true',
    { mustBeTrue: true },
  ),
  yesNo(
    'pdpaConsent',
    'ผู้ปกครองรับทราบและยินยอมตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล',
    'The guardian acknowledges and consents under the PDPA',
    { mustBeTrue: true },
  ),
  text('signerName', 'ชื่อผู้ลงนาม', 'Name of the signer'),
  text('signature', 'ลายมือชื่อ (รหัสไฟล์)', 'Signature (stored reference)'),
  simple('dateTime', 'signedAt', 'วันเวลาที่ลงนาม', 'Signed at'),
]);
