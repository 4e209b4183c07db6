import type { Sex } from '@isee/domain';
import type { Random } from './prng.js';

/**
 * Name lists for synthetic people. They are invented for this project: common Thai given-name
 * words and made-up family names, combined at random, so no row names a real person.
 */
const MALE: readonly string[] = (
  'กิตติ ชัยวัฒน์ ณัฐพล ธนากร ธีรภัทร นพดล บุญมา ปกรณ์ พงศกร ภานุวัฒน์ ' +
  'วรเชษฐ์ ศุภชัย สมชาย สุรเชษฐ์ อนุชา อภิชาติ ทองใบ เอกชัย ณัฐวุฒิ จักรพันธ์ ' +
  'ธนวัฒน์ ปิยะพงษ์ วีรยุทธ สิทธิชัย ก้องภพ ภูมิพัฒน์ คณิน ปัณณวัฒน์ บุญเรือง สมบัติ'
).split(' ');

const FEMALE: readonly string[] = (
  'กาญจนา ขวัญใจ จันทร์เพ็ญ ชนิดา ณัฐธิดา ดวงใจ ทิพวรรณ นภัสสร บุญมี ปวีณา ' +
  'พรทิพย์ มาลัย รัตนา วราภรณ์ ศิริพร สุภาพร อรุณี อัญชลี กัญญาณัฐ ชุติมา ' +
  'ธิดารัตน์ นันทนา เบญจวรรณ พิมพ์ชนก ปภาวรินทร์ ณิชา ลำดวน คำแก้ว สมหญิง ใบเตย'
).split(' ');

const FAMILY: readonly string[] = (
  'ศรีสุข ใจดี บุญมา แสงทอง พรหมมา ทองดี สุขสวัสดิ์ มีสุข ชัยมงคล วงศ์ใหญ่ ' +
  'คำแสน ปัญญาดี สายบุญ ศรีวงศ์ อินทร์แก้ว จันทร์หอม บัวงาม นาคสวัสดิ์ แก้วมณี ทองคำ ' +
  'พึ่งบุญ สมบูรณ์ ดวงดี ภูมิใจ รักษ์ไทย เพชรรัตน์ ผลดี สีดา หอมจันทร์ ลาภมาก ' +
  'ขำคม เจริญสุข ไชยวงศ์ มณีวงศ์ กองแก้ว นิลสุวรรณ ทองมา เหล่าดี อุดมผล ยอดเพชร'
).split(' ');

export const givenName = (random: Random, sex: Sex): string =>
  random.pick(sex === 'male' ? MALE : FEMALE);

export const familyName = (random: Random): string => random.pick(FAMILY);

/** The title written before a full name: child titles under 15, adult titles from 15. */
export function titleOf(sex: Sex, age: number, married: boolean): string {
  if (age < 15) return sex === 'male' ? 'เด็กชาย' : 'เด็กหญิง';
  if (sex === 'male') return 'นาย';
  return married ? 'นาง' : 'นางสาว';
}
