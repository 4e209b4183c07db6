import { Command } from 'commander';
import { ok, type Result } from '@isee/domain';
import {
  auditVerifyCommand,
  exportCommand,
  importCommand,
  seedCommand,
  statsCommand,
  type Command as Work,
} from './commands.js';
import { EXIT, printIssues } from './output.js';
import { ensureReferenceData } from '../seed/reference-data.js';
import { withDatabase } from './session.js';

/** `isee`: one entry for the data backbone's work. Every command opens, migrates and closes the database. */
const program = new Command()
  .name('isee')
  .description('iSEE ทุนเสมอภาค — database, demo data, roster import and export')
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

const run = async (command: Work | Result<Work>): Promise<void> => {
  if (typeof command !== 'function' && !command.ok) {
    printIssues(command.issues);
    process.exitCode = EXIT.usage;
    return;
  }
  process.exitCode = await withDatabase(typeof command === 'function' ? command : command.value);
};

const db = program.command('db').description('database maintenance');
db.command('migrate')
  .description(
    'apply the committed migrations and load the reference data (also done at every start)',
  )
  .action(() =>
    run(async ({ handle }) => {
      const loaded = await ensureReferenceData(handle);
      console.log('migrations applied / ปรับโครงสร้างฐานข้อมูลเรียบร้อย');
      if (loaded) console.log('reference data loaded / โหลดข้อมูลพื้นที่และปฏิทินการศึกษาแล้ว');
      return ok(undefined);
    }),
  );

program
  .command('seed')
  .description('load the synthetic nation (invented data) into an empty database')
  .option('--scale <scale>', 'demo | province | nation', 'demo')
  .option('--seed <n>', 'the same seed gives the same nation', '1')
  .option('--province <code>', 'with --scale province: the 2-digit province code')
  .action((opts: { scale?: string; seed?: string; province?: string }) => run(seedCommand(opts)));

program
  .command('import')
  .description('import data files')
  .command('roster <file>')
  .description(
    'import a school roster (.csv or .xlsx); all or nothing per file; rejections are reported',
  )
  .requiredOption('--semester <id>', 'semester id, year × 10 + term, e.g. 25691')
  .option('--report <path>', 'where to write the rejection report (default FILE.rejections.csv)')
  .option(
    '--max-rejected <share>',
    'refuse the whole file above this share of rejected rows',
    '0.5',
  )
  .action((file: string, opts: { semester?: string; report?: string; maxRejected?: string }) =>
    run(importCommand(file, opts)),
  );

program
  .command('export')
  .description('export data files')
  .command('students')
  .description("export a semester's students, national IDs masked (CSV to stdout, or --out)")
  .requiredOption('--semester <id>', 'semester id, e.g. 25691')
  .option('--province <code>', '2-digit province code')
  .option('--school <code>', 'school code')
  .option('--format <format>', 'csv | xlsx', 'csv')
  .option('--out <file>', 'write to this file instead of stdout (required for xlsx)')
  .action(
    (opts: {
      semester?: string;
      province?: string;
      school?: string;
      format?: string;
      out?: string;
    }) => run(exportCommand(opts)),
  );

program
  .command('audit')
  .description('the tamper-evident audit trail')
  .command('verify')
  .description('recompute every hash and link of the audit trail; exit 1 at the first broken row')
  .action(() => run(auditVerifyCommand));

program
  .command('stats')
  .description('row counts of the main tables')
  .action(() => run(statsCommand));

await program.parseAsync(process.argv);
