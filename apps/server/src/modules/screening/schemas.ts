import { REGIONS, SCREENING_STATUSES, SUPPORT_STATUSES } from '@isee/domain';
import { z } from 'zod';
import { ErrorSchema, IssueSchema } from '../../plumbing/errors.js';

/** A client-made UUID in any case; stored and compared in lower case as PostgreSQL prints it. */
export const Uuid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/)
  .transform((id) => id.toLowerCase());

export const Id = z.coerce.number().int().positive().max(2_147_483_647);

/** The phone's position fix; accuracy as the phone states it, in metres. */
export const Fix = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  accuracyM: z.number().min(0).max(100_000).optional(),
});

export const Status = z.enum(SCREENING_STATUSES);

const Event = z.object({
  from: Status.nullable(),
  to: Status,
  actor: z.string(),
  actorUserId: z.number().int(),
  at: z.string(),
  place: Fix.optional(),
  reason: z.string().optional(),
});

const Score = z.object({
  modelId: z.string(),
  score: z.number(),
  povertyClass: z.string(),
  breakdown: z.unknown(),
  scoredAt: z.string(),
});

/** A student as a queue row and a screening name them: the class is the cycle's semester's. */
export const Student = z.object({
  studentId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  grade: z.string(),
  room: z.string(),
  candidate: z.boolean(),
});

export const ScreeningView = z.object({
  id: z.string(),
  cycleId: z.number().int(),
  studentId: z.number().int(),
  student: Student,
  schoolId: z.number().int(),
  householdId: z.number().int().nullable(),
  status: Status,
  version: z.string(),
  formRevision: z.string(),
  variant: z.string(),
  form: z.unknown(),
  incomePerPerson: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(Event).readonly(),
  score: Score.optional(),
  flags: z.array(IssueSchema.readonly()).readonly(),
});

/** A refusal; a conflict also carries the server's version of the screening. */
export const Refusal = ErrorSchema.extend({ server: ScreeningView.optional() });

export const SaveBody = z.object({
  cycleId: Id,
  studentId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  baseVersion: z.string().max(128).nullable(),
  form: z.record(z.string(), z.unknown()),
  submit: z.boolean().default(false),
  fix: Fix.optional(),
});

export const Summary = z.object({
  id: z.string(),
  status: Status,
  version: z.string(),
  householdId: z.number().int().nullable(),
  incomePerPerson: z.number().nullable(),
  updatedAt: z.string(),
});

export const Saved = z.object({
  created: z.boolean(),
  changed: z.boolean(),
  screening: Summary,
});

export const Reason = z.string().trim().min(1).max(1_000);
export const Pin = z.string().max(32);

export const CertifyBody = z.object({ pin: Pin, fix: Fix.optional() });
export const ConfirmBody = z.object({ fix: Fix.optional() });
export const ReturnBody = z.object({ reason: Reason, fix: Fix.optional() });

export const Listed = z.object({
  id: z.string(),
  status: Status,
  version: z.string(),
  updatedAt: z.string(),
  student: Student,
  povertyClass: z.string().optional(),
  score: z.number().optional(),
});

/** One page of GET /api/screenings. */
export const QueuePage = z.object({ items: z.array(Listed) });

/** The cycle teachers screen for now, with its PMT model for the live preview. */
export const CurrentCycle = z.object({
  id: z.number().int(),
  semesterId: z.number().int(),
  formRevision: z.string(),
  pmtModelId: z.string(),
  pmtModel: z.unknown(),
});

/** A school's screening progress in a cycle. */
export const Progress = z.object({
  students: z.number().int(),
  candidates: z.number().int(),
  missing: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
});

export const Changes = z.object({
  cycleId: z.number().int(),
  cursor: z.string(),
  studentIds: z.array(z.number().int()).readonly(),
  students: z
    .array(
      Student.extend({
        schoolId: z.number().int(),
        region: z.enum(REGIONS).optional(),
        screening: z
          .object({
            id: z.string(),
            status: Status,
            version: z.string(),
            updatedAt: z.string(),
            form: z.unknown().optional(),
          })
          .optional(),
        /** The domain's support window for the cycle's academic year (SPEC §3.1). */
        support: z.object({
          status: z.enum(SUPPORT_STATUSES),
          rescreen: z.boolean(),
          yearsUsed: z.number().int(),
          yearsLeft: z.number().int(),
          explanation: z.object({ th: z.string(), en: z.string() }),
        }),
      }),
    )
    .readonly(),
});

/** One item of a day's work sent in one request. */
export const BatchItem = z.discriminatedUnion('kind', [
  SaveBody.extend({ kind: z.literal('screening'), id: Uuid }),
  CertifyBody.extend({ kind: z.literal('certification'), id: Uuid }),
]);

export const MAX_BATCH_ITEMS = 100;

export const BatchBody = z.object({ items: z.array(BatchItem).min(1).max(MAX_BATCH_ITEMS) });

export const BatchResult = z.object({
  id: z.string(),
  kind: z.enum(['screening', 'certification']),
  status: z.number().int(),
  /** Where the screening stands after the item. */
  screening: Summary.optional(),
  /** On a conflict: the server's whole version, as the single request answers it. */
  server: ScreeningView.optional(),
  created: z.boolean().optional(),
  changed: z.boolean().optional(),
  error: ErrorSchema.shape.error.optional(),
});
