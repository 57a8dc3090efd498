import type { NamingConvention, Table } from '../../model/model.js';
import { conventionalName } from '../../model/naming.js';
import { defineRule, docsAnchor } from '../rule.js';

interface Named {
  readonly kind: string;
  readonly name: string;
  readonly pattern: keyof NamingConvention;
  readonly columns: readonly string[];
  readonly location?: Table['location'];
}

function namedObjects(table: Table): Named[] {
  const out: Named[] = [];
  if (table.primaryKey)
    out.push({ kind: 'primary key', name: table.primaryKey.name, pattern: 'primaryKey', columns: table.primaryKey.columns });
  for (const fk of table.foreignKeys)
    out.push({ kind: 'foreign key', name: fk.name, pattern: 'foreignKey', columns: fk.columns, location: fk.location });
  for (const u of table.uniques) out.push({ kind: 'unique constraint', name: u.name, pattern: 'unique', columns: u.columns });
  for (const c of table.checks) out.push({ kind: 'check constraint', name: c.name, pattern: 'check', columns: [] });
  for (const i of table.indexes) {
    const columns = i.keys.every((k) => k.column !== null) ? i.keys.map((k) => k.column ?? '') : [];
    out.push({
      kind: i.unique ? 'unique index' : 'index',
      name: i.name,
      pattern: i.unique ? 'uniqueIndex' : 'index',
      columns,
      location: i.location,
    });
  }
  return out;
}

/** The fixed start of a pattern once the table is filled in: `ix_{table}_{columns}` → `ix_soc_posts_`. */
const fixedStart = (pattern: string, table: string): string => pattern.replace(/\{table\}/g, table).split('{')[0] ?? '';

export const constraintNameRule = defineRule({
  meta: {
    id: 'constraint-name',
    description:
      'Constraint and index names follow the naming patterns (`pk_`, `fk_`, `uq_`, `ck_`, `ix_`, `ux_` + table), so a name alone says what and where it is.',
    defaultSeverity: 'error',
    messages: {
      pattern:
        '{{kind}} "{{name}}" of "{{table}}" does not follow the pattern {{pattern}}; rename it to "{{suggestion}}", or drop the explicit name and let the generator name it',
    },
    docs: docsAnchor('constraint-name'),
  },
  check(model, ctx) {
    // Patterns with nothing but {table} (pk_{table}) name exactly one object; the others fix a start.
    const complete = (pattern: string) => !pattern.replace(/\{table\}/g, '').includes('{');
    for (const table of model.tables) {
      for (const o of namedObjects(table)) {
        const pattern = model.naming[o.pattern];
        const start = fixedStart(pattern, table.name);
        if (complete(pattern) ? o.name === start : o.name.startsWith(start) && o.name.length > start.length) continue;
        const generated =
          o.columns.length > 0 || !pattern.includes('{columns}')
            ? conventionalName(pattern, { table: table.name, columns: o.columns })
            : null;
        // Generated names of long tables are shortened and may lose the pattern's start.
        if (o.name === generated) continue;
        // A check's or expression index's own part is whatever follows a foreign prefix (`chk_`, `idx_`, `<table>_`).
        const own = o.name
          .replace(new RegExp(`^(${table.name}_)?(pk|pkey|fk|fkey|uq|key|unique|ck|chk|check|ix|idx|ux|uidx|index)_`), '')
          .replace(new RegExp(`^${table.name}_`), '');
        const suggestion = generated ?? conventionalName(pattern, { table: table.name, name: own, columns: [own] });
        ctx.report({
          messageId: 'pattern',
          table,
          ...(o.location !== undefined ? { location: o.location } : {}),
          subject: `${table.name} ${o.kind} ${o.name}`,
          data: { kind: o.kind, name: o.name, table: table.name, pattern, suggestion },
        });
      }
    }
  },
});
