import { byId, GRADES, type Grade, type GeoPoint, type Region } from '@isee/domain';
import type { AffiliationCode, ThaiAreas } from '../reference/index.js';
import { pointInProvince, type ProvinceShape } from './geo.js';
import { streamFor, type Random } from './prng.js';
import { NATION_SCHOOLS, SCALE_PLANS, type Scale } from './scale.js';

/** A school of the synthetic nation, with what generating its students needs. */
export interface SeedSchool {
  readonly id: number;
  readonly code: string;
  readonly nameTh: string;
  readonly affiliation: AffiliationCode;
  readonly subDistrictCode: string;
  readonly provinceCode: string;
  readonly region: Region;
  readonly place: GeoPoint;
  /** Thai names for addresses: sub-district, district, province, and the postal code. */
  readonly names: { readonly sub: string; readonly district: string; readonly province: string };
  readonly postalCode: string | null;
  readonly grades: readonly Grade[];
  readonly students: number;
  /** ONAB schools teach novices, who are boys. */
  readonly boysOnly: boolean;
}

type Kind = 'primary' | 'extended' | 'secondary';

const KIND_GRADES: Readonly<Record<Kind, readonly Grade[]>> = {
  primary: GRADES.slice(0, 9),
  extended: GRADES.slice(0, 12),
  secondary: GRADES.slice(9, 15),
};
/** Upper-secondary schools that also run vocational certificate classes (our assumption). */
const VOCATIONAL_SHARE = 0.15;

/** School kinds (primary, extended "opportunity expansion", secondary) and relative sizes: our assumptions. */
const KINDS: readonly Kind[] = ['primary', 'extended', 'secondary'];
const KIND_WEIGHTS = [0.62, 0.25, 0.13];
const KIND_SIZE: Readonly<Record<Kind, number>> = { primary: 0.55, extended: 1.1, secondary: 3.6 };
const MEAN_SIZE = KINDS.reduce((sum, k, i) => sum + (KIND_WEIGHTS[i] ?? 0) * KIND_SIZE[k], 0);
const SIZE_SD = 0.6;

/** Provinces with a land border, where Border Patrol Police schools are (public list of border provinces). */
export const BORDER_PROVINCES: ReadonlySet<string> = new Set(
  '22 23 27 31 32 33 34 37 38 42 43 48 49 50 53 55 56 57 58 63 65 70 71 76 77 85 86 90 91 95 96'.split(
    ' ',
  ),
);
const BANGKOK = '10';

/**
 * Affiliation shares (approximations of the public counts of about 31,000 schools): OBEC ≈ 90 %,
 * DLA ≈ 5 %, OPEC ≈ 2 % (more in Bangkok), ONAB ≈ 1.3 %, BMA ≈ 1.4 % (its ~440 schools, all in
 * Bangkok), BPP ≈ 0.7 % (~200 schools, border provinces only).
 */
function affiliationWeights(province: string): ReadonlyArray<readonly [AffiliationCode, number]> {
  if (province === BANGKOK)
    return [
      ['bma', 0.58],
      ['obec', 0.17],
      ['opec', 0.22],
      ['onab', 0.03],
    ];
  const base: Array<readonly [AffiliationCode, number]> = [
    ['obec', 0.905],
    ['dla', 0.05],
    ['opec', 0.018],
    ['onab', 0.013],
  ];
  return BORDER_PROVINCES.has(province) ? [...base, ['bpp', 0.018]] : base;
}

const kindFor = (affiliation: AffiliationCode, random: Random): Kind =>
  affiliation === 'onab'
    ? 'secondary'
    : affiliation === 'bpp'
      ? 'primary'
      : affiliation === 'bma'
        ? random.chance(0.7)
          ? 'primary'
          : 'extended'
        : (KINDS[random.weighted(KIND_WEIGHTS)] ?? 'primary');

/** Two digits per affiliation at the head of a 10-digit school code: affiliation, province, number. */
const CODE_PREFIX: Readonly<Record<AffiliationCode, string>> = {
  obec: '10',
  dla: '20',
  bpp: '30',
  opec: '40',
  onab: '50',
  bma: '60',
};

function nameFor(affiliation: AffiliationCode, kind: Kind, sub: string, n: number): string {
  const suffix = n > 1 ? ` ${n}` : '';
  if (affiliation === 'bpp') return `โรงเรียนตำรวจตระเวนชายแดนบ้าน${sub}${suffix}`;
  if (affiliation === 'onab') return `โรงเรียนพระปริยัติธรรมวัด${sub}${suffix}`;
  if (affiliation === 'dla') return `โรงเรียนเทศบาล${sub}${suffix}`;
  if (affiliation === 'opec') return `โรงเรียน${sub}ศึกษา${suffix}`;
  if (affiliation === 'bma') return `โรงเรียนวัด${sub}${suffix}`;
  return kind === 'secondary' ? `โรงเรียน${sub}วิทยา${suffix}` : `โรงเรียนบ้าน${sub}${suffix}`;
}

export interface SchoolPlanOptions {
  readonly scale: Scale;
  readonly seed: number;
  /** `province` scale: the province to build; default one drawn from the seed. */
  readonly province?: string;
  /** Keep only this share of the schools (drawn per school), e.g. 0.1 for a benchmark. */
  readonly fraction?: number;
}

/** How many schools each province gets: by largest remainder in proportion to sub-districts. */
function apportion(subCounts: ReadonlyMap<string, number>, total: number): Map<string, number> {
  const all = [...subCounts.values()].reduce((a, b) => a + b, 0);
  const quotas = [...subCounts].map(([p, n]) => [p, (total * n) / all] as const);
  const counts = new Map(quotas.map(([p, q]) => [p, Math.floor(q)]));
  const left = total - [...counts.values()].reduce((a, b) => a + b, 0);
  [...quotas]
    .sort((a, b) => b[1] - Math.floor(b[1]) - (a[1] - Math.floor(a[1])) || byId(a[0], b[0]))
    .slice(0, left)
    .forEach(([p]) => counts.set(p, (counts.get(p) ?? 0) + 1));
  return counts;
}

/** The province a `province`-scale seed builds when none is named. */
export function provinceForSeed(areas: ThaiAreas, seed: number): string {
  const codes = areas.provinces.map((p) => p.code).sort();
  return streamFor(seed, -1).pick(codes);
}

/** The schools of the nation at a scale, in id order (ids from 1), grouped by province. */
export function planSchools(
  areas: ThaiAreas,
  shapes: ReadonlyMap<string, ProvinceShape>,
  options: SchoolPlanOptions,
): SeedSchool[] {
  const random = streamFor(options.seed, -2);
  const provinces = [...areas.provinces].sort((a, b) => byId(a.code, b.code));
  const districtName = new Map(areas.districts.map((d) => [d.code, d.nameTh]));
  const subsOf = new Map<string, (typeof areas.subDistricts)[number][]>();
  for (const s of areas.subDistricts) {
    const list = subsOf.get(s.code.slice(0, 2));
    if (list) list.push(s);
    else subsOf.set(s.code.slice(0, 2), [s]);
  }
  const counts =
    options.scale === 'demo'
      ? new Map(provinces.map((p) => [p.code, random.int(2, 4)]))
      : apportion(
          new Map(provinces.map((p) => [p.code, subsOf.get(p.code)?.length ?? 0])),
          NATION_SCHOOLS,
        );
  const only =
    options.scale === 'province'
      ? (options.province ?? provinceForSeed(areas, options.seed))
      : undefined;
  const mean = SCALE_PLANS[options.scale].meanStudents;
  const schools: SeedSchool[] = [];
  const sequence = new Map<string, number>();
  const nameUses = new Map<string, number>();
  for (const province of provinces) {
    const subs = subsOf.get(province.code) ?? [];
    const shape = shapes.get(province.code);
    if (subs.length === 0 || shape === undefined) continue;
    for (let i = 0; i < (counts.get(province.code) ?? 0); i++) {
      // Every draw happens whether or not the school is kept, so a fraction or a province is a
      // subset of the same nation.
      const weights = affiliationWeights(province.code);
      const affiliation = weights[random.weighted(weights.map((w) => w[1]))]?.[0] ?? 'obec';
      const kind = kindFor(affiliation, random);
      const sub = random.pick(subs);
      const place = pointInProvince(shape, random);
      const vocational =
        kind === 'secondary' && affiliation !== 'onab' && random.chance(VOCATIONAL_SHARE);
      const size = Math.exp(SIZE_SD * random.normal() - (SIZE_SD * SIZE_SD) / 2);
      const students = Math.max(12, Math.round((mean * KIND_SIZE[kind] * size) / MEAN_SIZE));
      const keep = random.next() < (options.fraction ?? 1);
      if ((only !== undefined && province.code !== only) || !keep) continue;
      const key = `${CODE_PREFIX[affiliation]}${province.code}`;
      const n = (sequence.get(key) ?? 0) + 1;
      sequence.set(key, n);
      const baseName = nameFor(affiliation, kind, sub.nameTh, 1);
      const uses = (nameUses.get(baseName) ?? 0) + 1;
      nameUses.set(baseName, uses);
      schools.push({
        id: schools.length + 1,
        code: `${key}${String(n).padStart(6, '0')}`,
        nameTh: nameFor(affiliation, kind, sub.nameTh, uses),
        affiliation,
        subDistrictCode: sub.code,
        provinceCode: province.code,
        region: province.region,
        place,
        names: {
          sub: sub.nameTh,
          district: districtName.get(sub.districtCode) ?? '',
          province: province.nameTh,
        },
        postalCode: sub.postalCode,
        grades: vocational ? [...KIND_GRADES.secondary, 'V1', 'V2', 'V3'] : KIND_GRADES[kind],
        students,
        boysOnly: affiliation === 'onab',
      });
    }
  }
  return schools;
}
