import { relative, resolve } from 'node:path';
import type { MigrationResult } from '@poultryco/db/migrate';
import type { Argv, CommandModule } from 'yargs';
import type { Phase } from '../../model/model.js';
import { DEFAULT_MIGRATIONS_DIR, migrationLabel } from '../../migrate/migration-dir.js';
import type { PlannedStatement } from '../../migrate/plan/planned-statement.js';
import { connectOrExit, DB_URL_HELP } from '../db-option.js';
import { ExitError, type CliIO } from '../io.js';
import { modelOrExit, phaseOption, specOption } from '../spec-option.js';

interface DirArgs {
  dir: string;
}

const dirOption = <T>(y: Argv<T>) =>
  y.option('dir', { type: 'string', default: DEFAULT_MIGRATIONS_DIR, describe: 'Folder of migration files' });

const labelOrExit = (name: string): string => {
  const label = migrationLabel(name);
  if (!label) throw new ExitError(2, `gen: "${name}" gives no usable migration name; use letters and digits, e.g. add_post_polls`);
  return label;
};

const firstLine = (sql: string) => sql.split('\n')[0] ?? '';

function listStatements(
  io: CliIO,
  title: string,
  statements: readonly PlannedStatement[],
  note: (s: PlannedStatement) => string | null,
): void {
  if (statements.length === 0) return;
  io.stderr(`${title}\n`);
  for (const s of statements) io.stderr(`  ${firstLine(s.sql)}\n    ${note(s) ?? ''}\n`);
}

interface NewArgs extends DirArgs {
  name: string;
  spec: string;
  phase: Phase;
  'allow-destructive': boolean;
  'drop-compat-views': boolean;
}

const newCommand = (io: CliIO): CommandModule<object, NewArgs> => ({
  command: 'new <name>',
  describe: 'Write the next migration: what the spec has that the existing migrations do not build',
  builder: (y) =>
    dirOption(phaseOption(specOption(y)))
      .positional('name', { type: 'string', demandOption: true, describe: 'What the migration does, e.g. add_post_polls' })
      .option('allow-destructive', {
        type: 'boolean',
        default: false,
        describe: 'Write drops, narrowing type changes and enum value removals (each is marked)',
      })
      .option('drop-compat-views', {
        type: 'boolean',
        default: false,
        describe: "Also drop the legacy migration's compat views (implied by the name drop-compat-views)",
      }),
  handler: async (argv) => {
    const label = labelOrExit(argv.name);
    const spec = modelOrExit(io, argv.spec);
    const { newMigration } = await import('../../migrate/new-migration.js');
    const result = await newMigration({
      spec,
      phase: argv.phase,
      label,
      dir: resolve(io.cwd, argv.dir),
      allowDestructive: argv['allow-destructive'],
      dropCompatViews: argv['drop-compat-views'] || label === 'drop_compat_views',
    });
    if (result.status === 'nothing-to-do') {
      io.stdout(`✔ nothing to do: the migrations in ${argv.dir} already build the spec (phase ${argv.phase}); nothing written.\n`);
      return;
    }
    if (result.status === 'refused') {
      listStatements(
        io,
        'Destructive statements:',
        result.statements.filter((s) => s.destructive),
        (s) => s.destructive,
      );
      io.stderr(
        `\n✖ the migration would lose data; nothing written. Check the spec (a rename needs renamedFrom), or re-run with --allow-destructive.\n`,
      );
      throw new ExitError(1);
    }
    if (result.status === 'failed') {
      for (const p of result.problems) io.stderr(`${p}\n`);
      if (result.sql) io.stdout(result.sql);
      io.stderr(`\n✖ nothing written.\n`);
      throw new ExitError(1);
    }
    listStatements(
      io,
      '⚠ Statements that lock or rewrite tables holding data (the file says so above each):',
      result.statements.filter((s) => s.warning),
      (s) => s.warning,
    );
    const destructive = result.statements.filter((s) => s.destructive).length;
    for (const f of result.files) io.stdout(`✔ wrote ${relative(io.cwd, f.path)}\n`);
    io.stdout(
      `  ${result.statements.length} statement(s)${destructive ? `, ${destructive} destructive (marked in the file)` : ''}; review, then run gen migrate up --db <url>\n`,
    );
  },
});

interface UpArgs extends DirArgs {
  db: string;
  schema: string | undefined;
  'dry-run': boolean;
}

const connectionOptions = <T>(y: Argv<T>) =>
  dirOption(y)
    .option('db', { type: 'string', demandOption: true, describe: `Database to migrate: ${DB_URL_HELP}` })
    .option('schema', { type: 'string', describe: "Schema to migrate (default: the connection's current schema)" });

const resultLine = (r: MigrationResult) =>
  `  ${r.status.padEnd(9)} ${r.name}${r.durationMs !== null ? ` (${(r.durationMs / 1000).toFixed(1)} s)` : ''}${
    r.late ? ' — late: older than a migration applied before it, applied in order now' : ''
  }\n`;

const upCommand = (io: CliIO): CommandModule<object, UpArgs> => ({
  command: 'up',
  describe: 'Apply the pending migrations, each in a transaction, under an advisory lock',
  builder: (y) =>
    connectionOptions(y).option('dry-run', { type: 'boolean', default: false, describe: 'Print the SQL that would run; change nothing' }),
  handler: async (argv) => {
    const dir = resolve(io.cwd, argv.dir);
    const { migrate, readMigrationDirectory } = await import('@poultryco/db/migrate');
    const db = await connectOrExit(argv.db);
    let result;
    try {
      result = await migrate({
        session: db,
        migrations: dir,
        schema: argv.schema,
        dryRun: argv['dry-run'],
        onResult: argv['dry-run'] ? undefined : (r) => io.stdout(resultLine(r)),
      });
    } finally {
      await db.close();
    }
    if (argv['dry-run'] && !result.error) {
      const files = new Map(readMigrationDirectory(dir).files.map((f) => [f.name, f]));
      for (const r of result.results) {
        if (r.status === 'pending') io.stdout(`-- ${r.name}${r.late ? ' (late)' : ''}\n${files.get(r.name)?.sql ?? ''}\n`);
        else io.stdout(`-- ${r.name}: would be recorded as ${r.status}\n`);
      }
    }
    for (const name of result.unknown) io.stderr(`note: ${name} is applied but not in ${argv.dir} (applied by a newer release?)\n`);
    if (result.error) {
      io.stderr(`✖ ${result.error.message}\n`);
      const notRun = result.results.filter((r) => r.status === 'not-run').length;
      if (notRun > 0) io.stderr(`  ${notRun} later migration(s) not run.\n`);
      throw new ExitError(1);
    }
    const applied = result.results.filter((r) => r.status === 'applied').length;
    if (argv['dry-run'])
      io.stdout(`✔ dry run: ${result.results.filter((r) => r.status === 'pending').length} migration(s) would run; nothing changed.\n`);
    else io.stdout(applied > 0 ? `✔ ${applied} migration(s) applied; the database is up to date.\n` : '✔ already up to date.\n');
  },
});

const statusCommand = (io: CliIO): CommandModule<object, Omit<UpArgs, 'dry-run'>> => ({
  command: 'status',
  describe: 'List each migration: applied (when), baselined, skipped, pending, or changed since applied',
  builder: (y) => connectionOptions(y),
  handler: async (argv) => {
    const { migrationStatus } = await import('@poultryco/db/migrate');
    const db = await connectOrExit(argv.db);
    let status;
    try {
      status = await migrationStatus({ session: db, migrations: resolve(io.cwd, argv.dir), schema: argv.schema });
    } finally {
      await db.close();
    }
    for (const m of status.migrations)
      io.stdout(`  ${m.state.padEnd(9)} ${m.name}${m.appliedAt ? `  ${m.appliedAt.toISOString()}` : ''}${m.late ? '  (late)' : ''}\n`);
    const pending = status.migrations.filter((m) => m.state === 'pending').length;
    if (status.error) {
      io.stderr(`✖ ${status.error.message}\n`);
      throw new ExitError(1);
    }
    io.stdout(pending > 0 ? `${pending} pending: run gen migrate up\n` : '✔ up to date\n');
  },
});

interface LegacyArgs extends DirArgs {
  name: string;
  spec: string;
  'from-db': string | undefined;
  schema: string | undefined;
  'compat-views': boolean;
  'dry-run': boolean;
  'allow-destructive': boolean;
}

const legacyCommand = (io: CliIO): CommandModule<object, LegacyArgs> => ({
  command: 'legacy <name>',
  describe: 'Write the one-time migration from the Supabase-era names to the spec (renames, merges, then the diff)',
  builder: (y) =>
    dirOption(specOption(y))
      .positional('name', { type: 'string', demandOption: true, describe: 'e.g. legacy_rename' })
      .option('from-db', {
        type: 'string',
        describe: `The legacy database to read (read only): ${DB_URL_HELP}. Default: the legacy layout modelled from the spec`,
      })
      .option('schema', { type: 'string', describe: "Schema of --from-db (default: the spec's schema)" })
      .option('compat-views', {
        type: 'boolean',
        default: false,
        describe: 'Also create a view under each legacy name (readable and writable)',
      })
      .option('allow-destructive', {
        type: 'boolean',
        default: false,
        describe: 'Allow drops the spec does not declare (merged duplicates are always dropped)',
      })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Print the report of every rename, merge and drop; write nothing' }),
  handler: async (argv) => {
    const label = labelOrExit(argv.name);
    const spec = modelOrExit(io, argv.spec);
    const [{ legacyMigration }, { formatLegacyReport }] = await Promise.all([
      import('../../migrate/legacy/legacy-migration.js'),
      import('../../migrate/legacy/legacy-report.js'),
    ]);
    const source = argv['from-db'] === undefined ? null : await connectOrExit(argv['from-db']);
    let result;
    try {
      result = await legacyMigration({
        spec,
        label,
        dir: resolve(io.cwd, argv.dir),
        source: source ? { db: source, schema: argv.schema ?? spec.schema } : null,
        compatViews: argv['compat-views'],
        allowDestructive: argv['allow-destructive'],
        write: !argv['dry-run'],
      });
    } finally {
      await source?.close();
    }
    if (result.status === 'failed') {
      for (const p of result.problems) io.stderr(`${p}\n`);
      io.stderr('\n✖ nothing written.\n');
      throw new ExitError(1);
    }
    io.stdout(formatLegacyReport(result.report));
    if (result.status === 'refused') {
      io.stderr('\n✖ the migration would drop data the spec does not declare dropped; nothing written. Re-run with --allow-destructive.\n');
      throw new ExitError(1);
    }
    if (result.file) io.stdout(`\n✔ wrote ${relative(io.cwd, result.file.path)}\n`);
    else io.stdout('\n(dry run: nothing written)\n');
  },
});

export const migrateCommand = (io: CliIO): CommandModule => ({
  command: 'migrate <command>',
  describe: 'Write migrations from the spec, and apply them (new, up, status, legacy)',
  builder: (y) =>
    y
      .command(newCommand(io))
      .command(upCommand(io))
      .command(statusCommand(io))
      .command(legacyCommand(io))
      .demandCommand(1, 'Name a migrate command: new, up, status or legacy.'),
  handler: () => {},
});
