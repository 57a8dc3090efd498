import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { Model } from '../../model/model.js';
import { DEFAULT_SPEC_PATH } from '../../spec/load-spec.js';
import { checkDbUrl, connectOrExit, DB_URL_HELP } from '../db-option.js';
import { ExitError, type CliIO } from '../io.js';
import { modelOrExit, specOption } from '../spec-option.js';

interface ImportArgs {
  db: string;
  schema: string;
  out: string;
  spec: string;
  reference: boolean;
  force: boolean;
}

export const importCommand = (io: CliIO): CommandModule<object, ImportArgs> => ({
  command: 'import',
  describe: 'Read a live database into spec YAML (root file + one file per module)',
  builder: (y) =>
    specOption(y)
      .option('db', { type: 'string', demandOption: true, describe: `Database to read: ${DB_URL_HELP}` })
      .option('schema', { type: 'string', default: 'public', describe: 'PostgreSQL schema to import' })
      .option('out', { type: 'string', default: 'imported-spec', describe: 'Folder to write the spec into' })
      .option('reference', {
        type: 'boolean',
        default: true,
        describe: "Follow --spec's modules, teams and naming (--no-reference: every table goes to `unassigned`)",
      })
      .option('force', { type: 'boolean', default: false, describe: 'Overwrite files in --out that gen import did not write' }),
  handler: async (argv) => {
    checkDbUrl(argv.db);
    const reference = referenceModel(io, argv);
    const [
      { introspectDatabase },
      { formatWarning, sortWarnings },
      { UNASSIGNED },
      { IMPORT_MARKER, SaveError, saveSpecFiles },
      { specDocuments },
    ] = await Promise.all([
      import('../../introspect/introspect.js'),
      import('../../introspect/import-warning.js'),
      import('../../introspect/module-assignment.js'),
      import('../../introspect/save-spec-files.js'),
      import('../../introspect/spec-yaml/spec-documents.js'),
    ]);
    const db = await connectOrExit(argv.db);
    let result;
    try {
      result = await introspectDatabase(db, { schema: argv.schema, reference });
    } finally {
      await db.close();
    }
    const { model, suggestions } = result;
    const header = `${IMPORT_MARKER} from schema ${argv.schema}. It is a spec now: edit it freely.`;
    const written = specDocuments(model, { warnings: result.warnings, suggestions, header });
    const warnings = sortWarnings([...result.warnings, ...written.warnings]);
    const outDir = resolve(io.cwd, argv.out);
    let saved;
    try {
      saved = saveSpecFiles(outDir, written.files, argv.force);
    } catch (error) {
      if (error instanceof SaveError) throw new ExitError(2, `gen: ${error.message}`);
      throw error;
    }

    for (const w of warnings) io.stderr(`warning  ${formatWarning(w)}\n`);
    const unassigned = model.tables.filter((t) => t.module === UNASSIGNED);
    for (const t of unassigned) io.stdout(`  unassigned  ${t.name}${suggestions.has(t.name) ? `: ${suggestions.get(t.name)}` : ''}\n`);
    for (const path of saved.kept) io.stderr(`note: ${join(argv.out, path)} was not written by this import; gen validate reads it too\n`);
    const near = relative(io.cwd, outDir);
    const display = near === '' ? '.' : near.startsWith('..') ? outDir : near;
    io.stdout(
      `✔ imported ${plural(model.tables.length, 'table')} and ${plural(model.enums.length, 'enum')} from schema ${argv.schema} into ${display}/ ` +
        `(${plural(model.modules.length, 'module')}${unassigned.length ? `, ${unassigned.length} unassigned` : ''}; ${plural(warnings.length, 'warning')})\n` +
        `  check it: gen validate --spec ${join(display, `${model.name}.yaml`)}\n`,
    );
  },
});

/** The spec whose modules and naming the import follows; none when --no-reference or when the default spec is absent. */
function referenceModel(io: CliIO, argv: ImportArgs): Model | null {
  if (!argv.reference) return null;
  if (argv.spec === DEFAULT_SPEC_PATH && !existsSync(resolve(io.cwd, argv.spec))) {
    io.stderr(`note: no spec at ${argv.spec}; importing without module prefixes (every table goes to \`unassigned\`)\n`);
    return null;
  }
  return modelOrExit(io, resolve(io.cwd, argv.spec));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
