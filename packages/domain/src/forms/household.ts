import type { StatusAnswers } from './types.js';

/** The validated household form แบบ นร./กสศ.01: what validateHousehold returns. Codes are option codes of the revision. */
export const FORM_REVISION_IDS = ['2023', '2026-03'] as const;
export type FormRevisionId = (typeof FORM_REVISION_IDS)[number];

/** An ordinary household, or an institution (shelter, foundation, temple) caring for the student. */
export const FORM_VARIANTS = ['household', 'institution'] as const;
export type FormVariant = (typeof FORM_VARIANTS)[number];

/** A household lists 1 to 30 members (the student included). */
export const MAX_HOUSEHOLD_MEMBERS = 30;

export const INCOME_SOURCES = ['wages', 'farming', 'business', 'welfare', 'other'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/** Baht per month; farming and own business are after costs. */
export type Income = Readonly<Record<IncomeSource, number>>;

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface StudentInfo {
  readonly familyStatus: string;
  readonly livesWith: string;
}

export interface Guardian {
  readonly name: string;
  readonly relation: string;
  readonly education: string;
  readonly occupation: string;
  /** Digits only. */
  readonly phone?: string;
  /** 13 digits, present exactly when hasNoId is false. */
  readonly idNumber?: string;
  readonly hasNoId: boolean;
  readonly welfareCard: boolean;
}

/** A person who has lived in the household at least 3 months and shares its expenses. */
export interface Member {
  readonly name: string;
  /** 'student' marks the screened student: exactly one member has it. */
  readonly relation: string;
  readonly idNumber?: string;
  readonly education: string;
  readonly age: number;
  readonly disabled: boolean;
  readonly chronicallyIll: boolean;
  readonly income: Income;
}

export interface Institution {
  readonly type: string;
  readonly registered: boolean;
  readonly name: string;
  readonly carerName: string;
  /** YYYY-MM-DD: since when the student has lived there. */
  readonly since: string;
  readonly boarding: string;
  readonly help: readonly string[];
  readonly costPerStudentMonthly: number;
  readonly children: number;
  readonly donationsMonthly: number;
}

export interface Travel {
  readonly modes: readonly string[];
  readonly roundTripKm: number;
  readonly roundTripMinutes: number;
  readonly costPerMonth: number;
  readonly pocketMoneyPerDay: number;
}

export interface Address {
  readonly houseNumber?: string;
  readonly moo?: number;
  readonly village?: string;
  readonly subdistrict: string;
  readonly district: string;
  readonly province: string;
  readonly postcode?: string;
  readonly gps: GeoPoint;
}

export interface Photo {
  /** 'outside' | 'inside' | 'school_sign'. */
  readonly kind: string;
  /** 'teacher_visit' | 'sent_by_student'. */
  readonly takenBy: string;
  /** ISO 8601 date-time with offset, e.g. 2026-07-10T09:30:00+07:00. */
  readonly capturedAt: string;
  readonly place: GeoPoint;
  /** Reference of the stored image (e.g. its content hash). */
  readonly ref: string;
}

export interface Photos {
  /** Given when the home cannot be photographed: a school-sign photo replaces the home photos. */
  readonly unphotographableReason?: string;
  readonly items: readonly Photo[];
}

export interface Declarations {
  readonly truthDeclared: boolean;
  readonly pdpaConsent: boolean;
  readonly signerName: string;
  /** Reference of the stored signature. */
  readonly signature: string;
  readonly signedAt: string;
}

interface FormCommon {
  readonly formRevision: FormRevisionId;
  readonly student: StudentInfo;
  readonly guardian: Guardian;
  readonly travel: Travel;
  readonly address: Address;
  readonly photos: Photos;
  readonly declarations: Declarations;
}

export interface HouseholdVariantForm extends FormCommon {
  readonly variant: 'household';
  readonly members: readonly Member[];
  readonly status: StatusAnswers;
  /** Baht per month, asked when tenure is 'rented'. */
  readonly rentPerMonth?: number;
}

export interface InstitutionVariantForm extends FormCommon {
  readonly variant: 'institution';
  readonly institution: Institution;
}

export type HouseholdForm = HouseholdVariantForm | InstitutionVariantForm;
