import { appendAudit, CURRENT_SEMESTER_ID, SEED_ACCOUNT, type DatabaseHandle } from '@isee/db';
import { unwrap } from '@isee/domain';
import { sql } from 'drizzle-orm';
import type { Role } from './principal.js';
import type { Transaction } from './repository.js';
import { hashPassword } from './secrets.js';

/** The one password of every demo account; printed at start-up, never valid outside demo data. */
export const DEMO_PASSWORD = 'isee-demo-2569';
/** The signing PIN of the demo accounts that sign (certifier, director); printed likewise. */
export const DEMO_PIN = '246810';

export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  readonly where: string;
  /** Signs screenings, so has DEMO_PIN. */
  readonly signs: boolean;
}

interface DemoSchool {
  readonly id: number;
  readonly name: string;
  readonly province: string;
  readonly provinceName: string;
  readonly affiliation: string;
}

async function firstSchool(handle: DatabaseHandle): Promise<DemoSchool | undefined> {
  const [row] = await handle.sql<DemoSchool & Record<string, unknown>>(
    `select s.id, s.name_th as name, s.province_code as province, p.name_en as "provinceName",
            s.affiliation_code as affiliation
       from school s join province p on p.code = s.province_code order by s.id limit 1`,
  );
  return row;
}

type Columns = Partial<Record<'school_id' | 'province_code' | 'affiliation_code', number | string>>;

type Planned = Omit<DemoAccount, 'signs'> & { columns: Columns; name: string };

const plan = (s: DemoSchool): readonly Planned[] => [
  {
    username: 'demo.teacher',
    role: 'teacher',
    name: 'ครูสาธิต (demo teacher)',
    where: s.name,
    columns: { school_id: s.id },
  },
  {
    username: 'demo.director',
    role: 'school_admin',
    name: 'ผู้อำนวยการสาธิต (demo director)',
    where: s.name,
    columns: { school_id: s.id },
  },
  {
    username: 'demo.certifier',
    role: 'certifier',
    name: 'ผู้รับรองสาธิต (demo certifier)',
    where: s.name,
    columns: { school_id: s.id },
  },
  {
    username: 'demo.area',
    role: 'area_officer',
    name: 'เจ้าหน้าที่เขตสาธิต (demo area officer)',
    where: s.provinceName,
    columns: { province_code: s.province },
  },
  {
    username: 'demo.affiliation',
    role: 'affiliation_officer',
    name: 'เจ้าหน้าที่ต้นสังกัดสาธิต (demo affiliation officer)',
    where: s.affiliation,
    columns: { affiliation_code: s.affiliation },
  },
  {
    username: 'demo.programme',
    role: 'programme_officer',
    name: 'เจ้าหน้าที่ กสศ. สาธิต (demo programme officer)',
    where: 'national',
    columns: {},
  },
  {
    username: 'demo.analyst',
    role: 'analyst',
    name: 'นักวิเคราะห์สาธิต (demo analyst)',
    where: 'national, de-identified',
    columns: {},
  },
  {
    username: 'demo.admin',
    role: 'system_admin',
    name: 'ผู้ดูแลระบบสาธิต (demo system admin)',
    where: '—',
    columns: {},
  },
];

/** The new account's role, and for the teacher two classes; audited as the account's creation. */
async function grantDemoRole(
  tx: Transaction,
  userId: number,
  account: Planned,
  schoolId: number,
): Promise<void> {
  const c = account.columns;
  await tx.execute(
    sql`insert into role_assignment (user_id, role, school_id, province_code, affiliation_code)
        values (${userId}, ${account.role}, ${c.school_id ?? null}, ${c.province_code ?? null},
                ${c.affiliation_code ?? null})`,
  );
  if (account.role === 'teacher')
    await tx.execute(
      sql`insert into teacher_class (user_id, semester_id, school_id, grade, room)
          select ${userId}, semester_id, school_id, grade, room from enrolment
           where school_id = ${schoolId} and semester_id = ${CURRENT_SEMESTER_ID}
           group by semester_id, school_id, grade, room
           order by count(*) filter (where candidate) desc, grade, room limit 2`,
    );
  unwrap(
    await appendAudit(tx, {
      actorUserId: null,
      action: 'app_user.create_demo',
      entity: 'app_user',
      entityId: userId,
      details: { role: account.role },
    }),
  );
}

const SIGNERS: ReadonlySet<Role> = new Set(['certifier', 'school_admin']);

/** Sets the demo PIN where none is set, so demo accounts made before PINs existed get one too. */
async function giveDemoPin(tx: Transaction, username: string, pinHash: string): Promise<void> {
  const [updated] = (
    (await tx.execute(
      sql`update app_user set signing_pin_hash = ${pinHash}
           where username = ${username} and signing_pin_hash is null returning id`,
    )) as unknown as { rows: Array<{ id: number }> }
  ).rows;
  if (updated !== undefined)
    unwrap(
      await appendAudit(tx, {
        actorUserId: null,
        action: 'app_user.signing_pin_set',
        entity: 'app_user',
        entityId: updated.id,
        details: { demo: true },
      }),
    );
}

/**
 * Demo accounts for every role of SPEC §2, bound to the first seeded school, its province and its
 * affiliation; the teacher gets the two classes of that school with the most screening candidates
 * this semester. Only in a database holding the synthetic nation (its seed account exists), so a
 * real deployment never gets accounts with a published password. Idempotent: existing ones are kept
 * (a signer without a PIN gets DEMO_PIN).
 */
export async function ensureDemoAccounts(handle: DatabaseHandle): Promise<DemoAccount[]> {
  const [seeded] = await handle.sql('select 1 from app_user where username = $1', [SEED_ACCOUNT]);
  const school = seeded === undefined ? undefined : await firstSchool(handle);
  if (school === undefined) return [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const pinHash = await hashPassword(DEMO_PIN);
  const accounts = plan(school).map((a) => ({ ...a, signs: SIGNERS.has(a.role) }));
  await handle.db.transaction(async (tx) => {
    for (const account of accounts) {
      const inserted = (
        (await tx.execute(
          sql`insert into app_user (username, display_name, password_hash)
              values (${account.username}, ${account.name}, ${passwordHash})
              on conflict (username) do nothing returning id`,
        )) as unknown as { rows: Array<{ id: number }> }
      ).rows[0];
      if (inserted !== undefined) await grantDemoRole(tx, inserted.id, account, school.id);
      if (account.signs) await giveDemoPin(tx, account.username, pinHash);
    }
  });
  return accounts.map(({ username, role, where, signs }) => ({ username, role, where, signs }));
}
