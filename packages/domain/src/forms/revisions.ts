import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import type { Field } from './fields.js';
import { FORM_REVISION_IDS, type FormRevisionId, type FormVariant } from './household.js';
import * as s from './sections.js';
import { STATUS_QUESTIONS_2023, STATUS_QUESTIONS_2026_03 } from './status-questions.js';
import type { Label, StatusQuestion } from './types.js';

export interface FormVariantSpec {
  readonly label: Label;
  /** Top-level fields in the order the form asks them; each names its key in the submitted form. */
  readonly sections: readonly Field[];
}

export interface FormRevision {
  readonly id: FormRevisionId;
  readonly label: Label;
  /** First day the revision is used for screening, YYYY-MM-DD (our assumption for '2023'). */
  readonly effectiveFrom: string;
  readonly statusQuestions: readonly StatusQuestion[];
  readonly variants: Readonly<Record<FormVariant, FormVariantSpec>>;
}

const FORM_NAME = 'แบบ นร./กสศ.01';

function revision(
  id: FormRevisionId,
  effectiveFrom: string,
  statusQuestions: readonly StatusQuestion[],
): FormRevision {
  const common = { travel: s.travel(id), guardian: s.guardian(id) };
  const tail = [common.travel, s.address, s.photos, s.declarations];
  return {
    id,
    label: { th: `${FORM_NAME} ฉบับ ${id}`, en: `Household form ${FORM_NAME}, revision ${id}` },
    effectiveFrom,
    statusQuestions,
    variants: {
      household: {
        label: { th: 'ครัวเรือนทั่วไป', en: 'Ordinary household' },
        sections: [
          s.student,
          common.guardian,
          s.members,
          s.status(statusQuestions),
          s.rentPerMonth,
          ...tail,
        ],
      },
      institution: {
        label: {
          th: 'ครัวเรือนสถาบัน (สถานสงเคราะห์/มูลนิธิ/วัด)',
          en: 'Institutional household (shelter, foundation, temple)',
        },
        sections: [s.student, common.guardian, s.institution, ...tail],
      },
    },
  };
}

/**
 * The two revisions differ only in option lists (our reconstruction; the programme has not
 * published a change log):
 * - household status, electricity: '2026-03' asks "shared line" and "battery" apart;
 * - guardian occupation: '2026-03' adds platform work (riders, online gigs);
 * - travel modes: '2026-03' splits the school van into paid and free school transport.
 */
export const FORM_REVISIONS: Readonly<Record<FormRevisionId, FormRevision>> = {
  '2023': revision('2023', '2023-05-01', STATUS_QUESTIONS_2023),
  '2026-03': revision('2026-03', '2026-03-01', STATUS_QUESTIONS_2026_03),
};

/** The revision a form names, or why it names none we know. */
export function formRevision(id: unknown, path = 'formRevision'): Result<FormRevision> {
  if (typeof id === 'string' && (FORM_REVISION_IDS as readonly string[]).includes(id)) {
    return ok(FORM_REVISIONS[id as FormRevisionId]);
  }
  if (id === undefined || id === null || id === '') return fail([issue('REQUIRED', path)]);
  const value = typeof id === 'string' ? id : typeof id;
  return fail([
    issue('FORM_UNKNOWN_REVISION', path, { value, known: FORM_REVISION_IDS.join(', ') }),
  ]);
}
