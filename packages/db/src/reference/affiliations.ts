/** The six affiliations (ต้นสังกัด) whose schools screen students (SPEC §2), shaped like the affiliation table. */
export interface Affiliation {
  /** Stable code used in data and URLs. */
  readonly code: AffiliationCode;
  readonly abbrTh: string;
  readonly abbrEn: string;
  readonly nameTh: string;
  readonly nameEn: string;
}

export const AFFILIATION_CODES = ['obec', 'dla', 'bpp', 'opec', 'onab', 'bma'] as const;
export type AffiliationCode = (typeof AFFILIATION_CODES)[number];

export const AFFILIATIONS: readonly Affiliation[] = [
  {
    code: 'obec',
    abbrTh: 'สพฐ.',
    abbrEn: 'OBEC',
    nameTh: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
    nameEn: 'Office of the Basic Education Commission',
  },
  {
    // Local-government schools: the department is สถ.; teachers say อปท. (the local bodies that run them).
    code: 'dla',
    abbrTh: 'อปท./สถ.',
    abbrEn: 'DLA',
    nameTh: 'กรมส่งเสริมการปกครองท้องถิ่น',
    nameEn: 'Department of Local Administration',
  },
  {
    code: 'bpp',
    abbrTh: 'ตชด.',
    abbrEn: 'BPP',
    nameTh: 'กองบัญชาการตำรวจตระเวนชายแดน',
    nameEn: 'Border Patrol Police Bureau',
  },
  {
    code: 'opec',
    abbrTh: 'สช.',
    abbrEn: 'OPEC',
    nameTh: 'สำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน',
    nameEn: 'Office of the Private Education Commission',
  },
  {
    code: 'onab',
    abbrTh: 'พศ.',
    abbrEn: 'ONAB',
    nameTh: 'สำนักงานพระพุทธศาสนาแห่งชาติ',
    nameEn: 'National Office of Buddhism',
  },
  {
    code: 'bma',
    abbrTh: 'กทม.',
    abbrEn: 'BMA',
    nameTh: 'กรุงเทพมหานคร',
    nameEn: 'Bangkok Metropolitan Administration',
  },
];
