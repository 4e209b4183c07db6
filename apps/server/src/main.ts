import {
  deriveIdKeys,
  exitCodeOf,
  ensureReferenceData,
  isSeedable,
  loadDataKey,
  migrateDatabase,
  openDatabase,
  printIssues,
  readConfig,
  seedDatabase,
  type DatabaseHandle,
  type IdKeys,
} from '@isee/db';
import type { Issue } from '@isee/domain';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { readServerConfig } from './config.js';
import { DEMO_PASSWORD, DEMO_PIN, ensureDemoAccounts } from './modules/access/demo-accounts.js';
import { nationCounts } from './modules/dashboard/repository.js';
import { uploadArea } from './modules/evidence/uploads.js';
import { loggerOptions } from './plumbing/logging.js';
import { localBlobStore } from './plumbing/storage.js';
import { isWebApp } from './plumbing/web-app.js';

/** The field app as `npm run build` leaves it; the API runs without it. */
const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** `npm start`: open (or create) the database, migrate, load the demo nation into an empty embedded database, serve. */
const say = (th: string, en: string): void => console.log(`${th}\n  ${en}`);

/** Exits as `isee` would for the same issues; the database, if open, is closed first. */
async function exitWith(issues: readonly Issue[], handle?: DatabaseHandle): Promise<never> {
  printIssues(issues);
  await handle?.close();
  process.exit(exitCodeOf(issues));
}

/**
 * Only the embedded database gets invented data by itself: an empty PostgreSQL is a real deployment,
 * where demo people and demo accounts with a published password must arrive only by `isee seed`.
 */
async function loadDemoIfEmpty(handle: DatabaseHandle, idKeys: IdKeys): Promise<void> {
  if (handle.kind !== 'pglite' || !(await isSeedable(handle))) return;
  say('กำลังสร้างข้อมูลสาธิต (ข้อมูลสมมติทั้งหมด)…', 'Loading the demo data set (all invented)…');
  const started = performance.now();
  const seeded = await seedDatabase(handle, { scale: 'demo', seed: 1, idKeys });
  if (!seeded.ok) await exitWith(seeded.issues, handle);
  say(
    `สร้างข้อมูลสาธิตเสร็จใน ${((performance.now() - started) / 1000).toFixed(1)} วินาที`,
    'Demo data loaded.',
  );
}

async function main(): Promise<void> {
  const server = readServerConfig(process.env);
  if (!server.ok) return exitWith(server.issues);
  const logger = loggerOptions(process.env);
  if (!logger.ok) return exitWith(logger.issues);
  const config = readConfig(process.env);
  if (!config.ok) return exitWith(config.issues);

  const key = await loadDataKey(config.value);
  if (!key.ok) return exitWith(key.issues);
  const idKeys = deriveIdKeys(key.value);

  const opened = await openDatabase(config.value);
  if (!opened.ok) return exitWith(opened.issues);
  const handle = opened.value;
  const where =
    handle.kind === 'pglite' ? `PGlite ${config.value.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  say(`ฐานข้อมูล: ${where}`, `Database: ${where}`);

  const migrated = await migrateDatabase(handle);
  if (!migrated.ok) return exitWith(migrated.issues, handle);
  if (await ensureReferenceData(handle))
    say('โหลดข้อมูลพื้นที่และปฏิทินการศึกษาแล้ว', 'Reference data loaded.');
  await loadDemoIfEmpty(handle, idKeys);
  const demoAccounts = await ensureDemoAccounts(handle);

  const app = await buildApp({
    db: handle,
    idKeys,
    files: {
      store: localBlobStore(join(config.value.dataDir, 'files')),
      uploads: uploadArea(join(config.value.dataDir, 'uploads')),
    },
    logger: logger.value,
    ...(isWebApp(WEB_ROOT) ? { webRoot: WEB_ROOT } : {}),
  });
  const stop = async (): Promise<void> => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  await app.listen({ port: server.value.port, host: server.value.host });
  const url = `http://localhost:${server.value.port}`;
  const counts = await nationCounts(handle);
  say(`iSEE พร้อมใช้งานที่ ${url}`, `iSEE is running at ${url}`);
  say(
    `โรงเรียน ${counts.schools.toLocaleString('th-TH')} แห่ง นักเรียน ${counts.students.toLocaleString('th-TH')} คน ใน ${counts.provinces} จังหวัด`,
    `${counts.schools} schools, ${counts.students} students, ${counts.provinces} provinces`,
  );
  say(`เอกสาร API: ${url}/api/docs`, `API documentation: ${url}/api/docs`);
  if (demoAccounts.length > 0) {
    say(
      `บัญชีสาธิต (รหัสผ่าน ${DEMO_PASSWORD}):`,
      `Demo accounts (password ${DEMO_PASSWORD}):\n${demoAccounts.map((a) => `    ${a.username.padEnd(18)} ${a.role.padEnd(20)} ${a.where}`).join('\n')}`,
    );
    const signers = demoAccounts.filter((a) => a.signs).map((a) => a.username);
    say(
      `PIN สำหรับลงนาม ${DEMO_PIN} (${signers.join(', ')})`,
      `Signing PIN ${DEMO_PIN} (${signers.join(', ')})`,
    );
  }
}

await main();
