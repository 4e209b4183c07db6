import {
  DEFAULT_INCOME_CAP_BAHT,
  type Income,
  type Member,
  type Region,
  type Sex,
  type StatusAnswers,
  type StatusQuestion,
} from '@isee/domain';
import { drawStatusAnswers } from './answers.js';
import { familyName, givenName, titleOf } from './names.js';
import type { Random } from './prng.js';
import { LOG_INCOME_MEAN, LOG_INCOME_SD, NATIONAL_LOG_INCOME } from './targets.js';

/** The student as the household draw needs them. */
export interface HouseholdStudent {
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: Sex;
  readonly age: number;
  readonly education: string;
  readonly idNumber: string | undefined;
}

/** A drawn household: its members as the form lists them, its status answers and its guardian. */
export interface DrawnHousehold {
  /** The drawn monthly income per person, baht, before it is split among members in whole baht. */
  readonly targetIncomePerPerson: number;
  readonly members: readonly Member[];
  readonly status: StatusAnswers;
  readonly guardian: DrawnGuardian;
  /** The guardian's position in members: their national ID goes there too. */
  readonly guardianIndex: number;
  readonly familyStatus: string;
  readonly livesWith: string;
  readonly rentPerMonth: number | undefined;
}

export interface DrawnGuardian {
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: Sex;
  readonly age: number;
  readonly relation: 'father' | 'mother' | 'grandparent';
  readonly education: string;
  readonly occupation: string;
}

/** Household sizes 2–9 (our assumption; Thai households average about 3, poor ones are larger). */
const SIZE_WEIGHTS = [0.08, 0.2, 0.26, 0.2, 0.12, 0.07, 0.045, 0.025];

/** Monthly state allowances (public rates, rounded): old age by age band, disability, child support. */
const oldAgeAllowance = (age: number): number => (age >= 80 ? 800 : age >= 70 ? 700 : 600);
const DISABILITY_ALLOWANCE = 800;
const CHILD_SUPPORT = 600;

const NO_INCOME: Income = { wages: 0, farming: 0, business: 0, welfare: 0, other: 0 };

interface Draft {
  title: string;
  firstName: string;
  lastName: string;
  relation: string;
  age: number;
  sex: Sex;
  education: string;
  disabled: boolean;
  chronicallyIll: boolean;
  jobless: boolean;
  idNumber: string | undefined;
  income: Income;
}

const educationOfAdult = (wealth: number, random: Random): string =>
  random.pick(
    wealth < -0.5
      ? ['none', 'primary', 'primary', 'lower_secondary']
      : wealth < 0.5
        ? ['primary', 'lower_secondary', 'upper_secondary', 'vocational']
        : ['upper_secondary', 'vocational', 'bachelor_or_higher'],
  );

const educationOfChild = (age: number): string =>
  age < 3
    ? 'not_yet'
    : age < 6
      ? 'pre_primary'
      : age < 12
        ? 'primary'
        : age < 15
          ? 'lower_secondary'
          : 'upper_secondary';

const OCCUPATIONS_BY_REGION: Readonly<Record<Region, readonly string[]>> = {
  northeast: ['farmer', 'farmer', 'labourer', 'labourer', 'own_business'],
  north: ['farmer', 'farmer', 'labourer', 'own_business', 'labourer'],
  south: ['farmer', 'fisher', 'labourer', 'own_business', 'private_employee'],
  central: ['labourer', 'private_employee', 'own_business', 'platform_worker', 'farmer'],
};

export function drawHousehold(
  questions: readonly StatusQuestion[],
  region: Region,
  student: HouseholdStudent,
  random: Random,
): DrawnHousehold {
  const logIncome = LOG_INCOME_MEAN[region] + LOG_INCOME_SD * random.normal();
  const wealth = (logIncome - NATIONAL_LOG_INCOME) / LOG_INCOME_SD;
  const status = drawStatusAnswers(questions, wealth, random);
  const dependants = status['dependants'] as readonly string[];
  const has = (code: string) => dependants.includes(code);
  const family = student.lastName;
  const person = (relation: string, sex: Sex, age: number, married = true): Draft => ({
    title: titleOf(sex, age, married),
    firstName: givenName(random, sex),
    lastName: relation === 'uncle_aunt' ? familyName(random) : family,
    relation,
    age,
    sex,
    education: age < 18 ? educationOfChild(age) : educationOfAdult(wealth, random),
    disabled: false,
    chronicallyIll: false,
    jobless: false,
    idNumber: undefined,
    income: NO_INCOME,
  });

  const members: Draft[] = [];
  const parentAge = () => Math.min(59, student.age + random.int(20, 35));
  // Skip-generation households (grandparents raising the child while parents work away) are common.
  const skipGeneration = has('elderly') && random.chance(0.3);
  if (!skipGeneration) {
    // A single parent is the mother three times in four.
    if (!has('single_parent') || random.chance(0.25))
      members.push(person('father', 'male', parentAge()));
    if (!has('single_parent') || members.length === 0) {
      members.push(person('mother', 'female', parentAge()));
    }
  }
  if (has('elderly') || skipGeneration) {
    const count = skipGeneration ? random.int(1, 2) : random.chance(0.3) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const sex: Sex = i === 0 && random.chance(0.6) ? 'female' : 'male';
      members.push(person('grandparent', sex, random.int(60, 84)));
    }
  }
  const [guardianDraft] = members;
  if (guardianDraft === undefined)
    throw new Error('seed: every household has a parent or grandparent');

  const size = Math.max(2 + random.weighted(SIZE_WEIGHTS), members.length + 1);
  while (members.length + 1 < Math.min(size, 9)) {
    const adult = random.chance(0.15);
    const sex: Sex = random.chance(0.5) ? 'male' : 'female';
    members.push(
      adult
        ? person('uncle_aunt', sex, random.int(20, 55))
        : person('sibling', sex, Math.max(0, student.age + random.int(-8, 8)), false),
    );
  }
  markHardships(members, has, random);

  const studentDraft: Draft = {
    title: titleOf(student.sex, student.age, false),
    firstName: student.firstName,
    lastName: student.lastName,
    relation: 'student',
    age: student.age,
    sex: student.sex,
    education: student.education,
    disabled: false,
    chronicallyIll: false,
    jobless: false,
    idNumber: student.idNumber,
    income: NO_INCOME,
  };
  const all = [studentDraft, ...members];
  const incomePerPerson = Math.exp(logIncome);
  splitIncome(all, incomePerPerson * all.length, region, random);

  const tenure = status['tenure'];
  return {
    targetIncomePerPerson: incomePerPerson,
    members: all.map(toMember),
    status,
    guardian: guardianOf(guardianDraft, region, wealth, random),
    // The student is member 0 and the guardian member 1.
    guardianIndex: 1,
    familyStatus: skipGeneration
      ? random.pick(['separated', 'together', 'divorced'])
      : has('single_parent')
        ? random.pick(['separated', 'divorced', 'father_dead_or_missing', 'mother_dead_or_missing'])
        : 'together',
    livesWith: skipGeneration ? 'relatives' : 'parents',
    rentPerMonth: tenure === 'rented' ? 500 * random.int(2, 8) : undefined,
  };
}

/** The members the dependants answer names: a disabled, an ill and a jobless one where it says so. */
function markHardships(members: Draft[], has: (code: string) => boolean, random: Random): void {
  const adults = members.filter((m) => m.age >= 15);
  if (has('disabled')) random.pick(members).disabled = true;
  if (has('chronically_ill') && adults.length > 0) random.pick(adults).chronicallyIll = true;
  const workingAge = adults.filter((m) => m.age <= 65);
  if (has('jobless') && workingAge.length > 0) random.pick(workingAge).jobless = true;
}

/**
 * Splits the household's monthly income: state allowances first (old age, disability, child
 * support), the rest among working-age earners by occupation, or as remittances ("other") when
 * no one of working age earns.
 */
function splitIncome(all: Draft[], total: number, region: Region, random: Random): void {
  let remaining = Math.round(total);
  for (const m of all) {
    const welfare =
      (m.age >= 60 ? oldAgeAllowance(m.age) : 0) +
      (m.disabled ? DISABILITY_ALLOWANCE : 0) +
      (m.age < 6 && remaining < DEFAULT_INCOME_CAP_BAHT * all.length ? CHILD_SUPPORT : 0);
    const paid = Math.min(welfare, remaining);
    if (paid > 0) {
      m.income = { ...NO_INCOME, welfare: paid };
      remaining -= paid;
    }
  }
  const earners = all.filter((m) => m.age >= 18 && m.age < 60 && !m.jobless);
  const receiver = earners.length > 0 ? undefined : all.find((m) => m.relation !== 'student');
  if (receiver) {
    receiver.income = { ...receiver.income, other: receiver.income.other + remaining };
    return;
  }
  const weights = earners.map(() => 0.5 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = remaining;
  earners.forEach((m, i) => {
    const share =
      i === earners.length - 1 ? left : Math.round((remaining * (weights[i] ?? 1)) / sum);
    left -= share;
    const source = random.pick(OCCUPATIONS_BY_REGION[region]);
    const key =
      source === 'farmer' || source === 'fisher'
        ? 'farming'
        : source === 'own_business'
          ? 'business'
          : 'wages';
    m.income = { ...m.income, [key]: m.income[key] + share };
  });
}

function toMember(d: Draft): Member {
  return {
    name: `${d.title}${d.firstName} ${d.lastName}`,
    relation: d.relation,
    ...(d.idNumber === undefined ? {} : { idNumber: d.idNumber }),
    education: d.education,
    age: d.age,
    disabled: d.disabled,
    chronicallyIll: d.chronicallyIll,
    income: d.income,
  };
}

function guardianOf(d: Draft, region: Region, wealth: number, random: Random): DrawnGuardian {
  const working = !d.jobless && d.age < 60;
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    sex: d.sex,
    age: d.age,
    relation: d.relation === 'father' || d.relation === 'mother' ? d.relation : 'grandparent',
    education: d.education,
    occupation: !working
      ? 'none'
      : wealth > 1
        ? 'private_employee'
        : random.pick(OCCUPATIONS_BY_REGION[region]),
  };
}
