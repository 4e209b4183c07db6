import type { ChoiceOption, Dimension, Label, StatusQuestion } from './types.js';

/**
 * The household-status section (SPEC §4, items 1–8) of each form revision.
 * Option codes are stable across revisions where the meaning is the same; ranks order single-choice
 * answers from least (0) to most deprived. The programme's exact wording per revision is not public
 * in our sources: these lists are our reconstruction from the published form's structure.
 */
export const DIMENSION_LABELS: Readonly<Record<Dimension, Label>> = {
  dependants: { th: 'ภาระพึ่งพิงในครัวเรือน', en: 'Dependants in the household' },
  tenure: { th: 'การอยู่อาศัย', en: 'Housing tenure' },
  dwelling: { th: 'สภาพที่อยู่อาศัย', en: 'Dwelling condition' },
  land: { th: 'ที่ดินทำการเกษตร (รวมเช่า)', en: 'Farm land (including rented)' },
  water: { th: 'แหล่งน้ำดื่ม', en: 'Drinking water' },
  electricity: { th: 'ไฟฟ้า', en: 'Electricity' },
  vehicles: { th: 'ยานพาหนะที่ใช้งานได้', en: 'Working vehicles' },
  appliances: { th: 'เครื่องใช้ไฟฟ้าที่ใช้งานได้', en: 'Working appliances' },
};

/** An option of a choice question; also used by the other sections of the form. */
export const opt = (
  code: string,
  th: string,
  en: string,
  extra: Partial<ChoiceOption> = {},
): ChoiceOption => ({
  code,
  label: { th, en },
  ...extra,
});
export const none = (th = 'ไม่มี', en = 'None'): ChoiceOption =>
  opt('none', th, en, { exclusive: true });

const dependants: StatusQuestion = {
  id: 'dependants',
  dimension: 'dependants',
  kind: 'multi',
  deprivation: 'hardship',
  label: {
    th: 'ในครัวเรือนมีผู้ใดต่อไปนี้ (เลือกได้มากกว่า 1)',
    en: 'Does the household include (choose all that apply)',
  },
  options: [
    opt('disabled', 'คนพิการ', 'A person with a disability'),
    opt(
      'chronically_ill',
      'ผู้ป่วยเรื้อรัง (ไม่รวมความดัน/เบาหวาน)',
      'A chronically ill person (not blood pressure or diabetes)',
    ),
    opt('elderly', 'ผู้สูงอายุ 60 ปีขึ้นไป', 'A person aged 60 or over'),
    opt('single_parent', 'พ่อ/แม่เลี้ยงเดี่ยว', 'A single parent'),
    opt(
      'jobless',
      'คนอายุ 15–65 ปีที่ว่างงาน (ไม่รวมนักเรียน)',
      'A jobless person aged 15–65 (not a student)',
    ),
    none(),
  ],
};

const tenure: StatusQuestion = {
  id: 'tenure',
  dimension: 'tenure',
  kind: 'single',
  deprivation: 'ordered',
  label: { th: 'การอยู่อาศัย', en: 'Housing tenure' },
  options: [
    opt('own', 'บ้านของตนเอง', 'Own house', { rank: 0 }),
    opt('rented', 'บ้านเช่า', 'Rented', { rank: 1 }),
    opt('dormitory', 'หอพัก', 'Dormitory', { rank: 1 }),
    opt('free_with_others', 'อาศัยอยู่กับผู้อื่นโดยไม่เสียค่าเช่า', 'Lives free with others', { rank: 2 }),
  ],
};

const floor: StatusQuestion = {
  id: 'floor',
  dimension: 'dwelling',
  kind: 'single',
  deprivation: 'ordered',
  label: { th: 'วัสดุพื้นบ้าน', en: 'Floor material' },
  options: [
    opt('tile_ceramic', 'กระเบื้อง/เซรามิค', 'Tile or ceramic', { rank: 0 }),
    opt('parquet', 'ไม้ปาร์เก้/ไม้ขัดเงา', 'Parquet or polished wood', { rank: 0 }),
    opt('cement', 'ปูนซีเมนต์', 'Cement', { rank: 1 }),
    opt('plank', 'ไม้กระดาน', 'Wooden planks', { rank: 2 }),
    opt('vinyl', 'เสื่อน้ำมัน/ไวนิล', 'Linoleum or vinyl', { rank: 2 }),
    opt('bamboo', 'ไม้ไผ่', 'Bamboo', { rank: 3 }),
    opt('earth', 'ดิน/ทราย', 'Earth or sand', { rank: 4 }),
  ],
};

const wall: StatusQuestion = {
  id: 'wall',
  dimension: 'dwelling',
  kind: 'single',
  deprivation: 'ordered',
  label: { th: 'วัสดุผนังบ้าน', en: 'Wall material' },
  options: [
    opt('brick_concrete', 'อิฐ/ปูน/คอนกรีต', 'Brick or concrete', { rank: 0 }),
    opt('wood', 'ไม้', 'Wood', { rank: 1 }),
    opt('board', 'แผ่นไม้อัด/ไฟเบอร์ซีเมนต์', 'Plywood or fibre cement', { rank: 1 }),
    opt('zinc', 'สังกะสี', 'Corrugated zinc', { rank: 2 }),
    opt('bamboo', 'ไม้ไผ่', 'Bamboo', { rank: 3 }),
    opt('leaves', 'ใบไม้/ใบจาก/หญ้า', 'Leaves, nipa or grass', { rank: 4 }),
    opt('plastic_sheet', 'แผ่นพลาสติก/ผ้าใบ/กระสอบ', 'Plastic sheet, tarpaulin or sacking', {
      rank: 5,
    }),
    opt('no_wall', 'ไม่มีผนัง', 'No wall', { rank: 5 }),
  ],
};

const roof: StatusQuestion = {
  id: 'roof',
  dimension: 'dwelling',
  kind: 'single',
  deprivation: 'ordered',
  label: { th: 'วัสดุหลังคา', en: 'Roof material' },
  options: [
    opt('tile', 'กระเบื้อง', 'Tile', { rank: 0 }),
    opt('metal_sheet', 'เมทัลชีท', 'Metal sheet', { rank: 0 }),
    opt('zinc', 'สังกะสี', 'Corrugated zinc', { rank: 1 }),
    opt('wood', 'ไม้', 'Wood', { rank: 2 }),
    opt('leaves', 'ใบไม้/ใบจาก/หญ้าแฝก', 'Leaves, nipa or thatch', { rank: 3 }),
    opt('plastic_sheet', 'แผ่นพลาสติก/ผ้าใบ', 'Plastic sheet or tarpaulin', { rank: 4 }),
  ],
};

const toilet: StatusQuestion = {
  id: 'toilet',
  dimension: 'dwelling',
  kind: 'single',
  deprivation: 'ordered',
  label: { th: 'มีห้องส้วมในที่อยู่อาศัยหรือบริเวณบ้าน', en: 'Toilet in the dwelling or compound' },
  options: [opt('yes', 'มี', 'Yes', { rank: 0 }), opt('no', 'ไม่มี', 'No', { rank: 1 })],
};

const land: StatusQuestion = {
  id: 'land',
  dimension: 'land',
  kind: 'single',
  deprivation: 'ordered',
  label: { th: 'ที่ดินทำการเกษตรได้ (รวมเช่า)', en: 'Farm land, including rented' },
  options: [
    opt('none', 'ไม่มี', 'None', { rank: 3 }),
    opt('under_1_rai', 'น้อยกว่า 1 ไร่', 'Under 1 rai', { rank: 2 }),
    opt('1_to_5_rai', '1–5 ไร่', '1 to 5 rai', { rank: 1 }),
    opt('over_5_rai', 'มากกว่า 5 ไร่', 'Over 5 rai', { rank: 0 }),
  ],
};

const water: StatusQuestion = {
  id: 'water',
  dimension: 'water',
  kind: 'single',
  deprivation: 'ordered',
  label: { th: 'แหล่งน้ำดื่ม', en: 'Source of drinking water' },
  options: [
    opt('bottled', 'น้ำดื่มบรรจุขวด/น้ำตู้หยอดเหรียญ', 'Bottled or vending-machine water', { rank: 0 }),
    opt('tap', 'น้ำประปา', 'Tap water', { rank: 0 }),
    opt('well', 'น้ำบ่อ/น้ำบาดาล', 'Well or groundwater', { rank: 1 }),
    opt('natural', 'น้ำฝน/ประปาภูเขา/ลำธาร', 'Rain, mountain water or stream', { rank: 2 }),
  ],
};

const vehicles: StatusQuestion = {
  id: 'vehicles',
  dimension: 'vehicles',
  kind: 'multi',
  deprivation: 'asset',
  label: {
    th: 'ยานพาหนะที่ใช้งานได้ (เลือกได้มากกว่า 1)',
    en: 'Working vehicles (choose all that apply)',
  },
  options: [
    opt('car_new', 'รถยนต์ส่วนบุคคล อายุไม่เกิน 15 ปี', 'Car, 15 years old or less'),
    opt('car_old', 'รถยนต์ส่วนบุคคล อายุเกิน 15 ปี', 'Car, over 15 years old'),
    opt(
      'pickup_new',
      'รถปิกอัพ/รถบรรทุกเล็ก/รถตู้ อายุไม่เกิน 15 ปี',
      'Pickup, small truck or van, 15 years old or less',
    ),
    opt(
      'pickup_old',
      'รถปิกอัพ/รถบรรทุกเล็ก/รถตู้ อายุเกิน 15 ปี',
      'Pickup, small truck or van, over 15 years old',
    ),
    opt(
      'tractor_new',
      'รถไถ/รถเกี่ยวข้าว/รถอีแต๋น อายุไม่เกิน 15 ปี',
      'Tractor or harvester, 15 years old or less',
    ),
    opt(
      'tractor_old',
      'รถไถ/รถเกี่ยวข้าว/รถอีแต๋น อายุเกิน 15 ปี',
      'Tractor or harvester, over 15 years old',
    ),
    opt('motorcycle_or_boat', 'รถจักรยานยนต์/เรือประมงขนาดเล็ก', 'Motorcycle or small fishing boat'),
    none(),
  ],
};

const appliances: StatusQuestion = {
  id: 'appliances',
  dimension: 'appliances',
  kind: 'multi',
  deprivation: 'asset',
  label: {
    th: 'เครื่องใช้ไฟฟ้าที่ใช้งานได้ (เลือกได้มากกว่า 1)',
    en: 'Working appliances (choose all that apply)',
  },
  options: [
    opt('computer', 'คอมพิวเตอร์', 'Computer'),
    opt('air_conditioner', 'เครื่องปรับอากาศ', 'Air conditioner'),
    opt('flat_tv', 'ทีวีจอแบน', 'Flat-screen TV'),
    opt('washing_machine', 'เครื่องซักผ้า', 'Washing machine'),
    opt('fridge', 'ตู้เย็น', 'Refrigerator'),
    none(),
  ],
};

const electricity2023: StatusQuestion = {
  id: 'electricity',
  dimension: 'electricity',
  kind: 'single',
  deprivation: 'ordered',
  label: { th: 'ไฟฟ้าในที่อยู่อาศัย', en: 'Electricity at home' },
  options: [
    opt('none', 'ไม่มีไฟฟ้า', 'No electricity', { rank: 3 }),
    opt('generator_solar', 'เครื่องปั่นไฟ/โซลาร์เซลล์', 'Generator or solar panel', { rank: 2 }),
    opt(
      'shared_or_battery',
      'พ่วงไฟจากบ้านอื่น/ใช้แบตเตอรี่',
      'Line shared from another house, or battery',
      { rank: 1 },
    ),
    opt('own_meter', 'มีมิเตอร์ไฟฟ้าของตนเอง', 'Own electricity meter', { rank: 0 }),
  ],
};

/** March 2026 revision: the shared-line and battery answers are asked apart (our reconstruction). */
const electricity2026: StatusQuestion = {
  ...electricity2023,
  options: [
    opt('none', 'ไม่มีไฟฟ้า', 'No electricity', { rank: 3 }),
    opt('generator_solar', 'เครื่องปั่นไฟ/โซลาร์เซลล์', 'Generator or solar panel', { rank: 2 }),
    opt('battery', 'ใช้แบตเตอรี่', 'Battery', { rank: 2 }),
    opt('shared_line', 'พ่วงไฟจากบ้านอื่น', 'Line shared from another house', { rank: 1 }),
    opt('own_meter', 'มีมิเตอร์ไฟฟ้าของตนเอง', 'Own electricity meter', { rank: 0 }),
  ],
};

export const STATUS_QUESTIONS_2023: readonly StatusQuestion[] = [
  dependants,
  tenure,
  floor,
  wall,
  roof,
  toilet,
  land,
  water,
  electricity2023,
  vehicles,
  appliances,
];

export const STATUS_QUESTIONS_2026_03: readonly StatusQuestion[] = [
  dependants,
  tenure,
  floor,
  wall,
  roof,
  toilet,
  land,
  water,
  electricity2026,
  vehicles,
  appliances,
];
