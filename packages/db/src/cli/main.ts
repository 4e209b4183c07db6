import { Command } from 'commander';
import { ok } from '@isee/domain';
import { tableCounts } from '../stats.js';
import { withDatabase } from './session.js';

/** `isee`: one entry for the data backbone's work. Every command opens, migrates and closes the database. */
const program = new Command()
  .name('isee')
  .description('iSEE ทุนเสมอภาค — database, demo data, roster import and export')
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

const run = (work: Parameters<typeof withDatabase>[0]) => async () => {
  process.exitCode = await withDatabase(work);
};

program
  .command('db')
  .description('database maintenance')
  .command('migrate')
  .description('apply the committed migrations (also done at every start)')
  .action(
    run(async () => {
      console.log('migrations applied / ปรับโครงสร้างฐานข้อมูลเรียบร้อย');
      return ok(undefined);
    }),
  );

program
  .command('stats')
  .description('row counts of the main tables')
  .action(
    run(async (handle) => {
      for (const { table, rows } of await tableCounts(handle)) {
        console.log(`${table.padEnd(20)} ${rows.toLocaleString('en-US').padStart(12)}`);
      }
      return ok(undefined);
    }),
  );

await program.parseAsync(process.argv);
