import type { ContextColumn, ContextTable, SchemaContext } from './schema-context.js';

/**
 * The context as terse text for a prompt: one line per column in a notation the header
 * explains, close to the spec's own shorthand (`varchar(40)?` is a nullable varchar).
 */
export function contextText(ctx: SchemaContext): string {
  const lines = [
    `# ${ctx.database}: PostgreSQL schema ${ctx.schema}, ${ctx.tables.length} table(s) (${ctx.scope})`,
    '# Column: name type[? = nullable] [pk] [uk = unique] [= default] [-> table.column [on delete action]] [-- description]',
    '',
    '## Naming',
    `- tables: <module prefix><plural snake_case>; prefixes: ${Object.entries(ctx.naming.prefixes)
      .map(([module, prefix]) => `${module}=${prefix || '(none)'}`)
      .join(', ')}`,
    `- generated names: ${Object.values(ctx.naming.constraints).join(', ')}`,
    ...ctx.naming.rules.map((r) => `- ${r}`),
  ];
  const enums = Object.entries(ctx.enums);
  if (enums.length > 0) lines.push('', '## Enums', ...enums.map(([name, values]) => `${name}: ${values.join(' | ')}`));
  lines.push('', '## Tables');
  for (const table of ctx.tables) lines.push(...tableLines(table));
  if (ctx.referencedTables.length > 0) {
    lines.push('', '## Referenced tables outside the selection (referenced columns only)');
    for (const t of ctx.referencedTables) lines.push(`${t.name} (${t.module}): ${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function tableLines(t: ContextTable): string[] {
  const head = [
    t.name,
    t.planned ? `[planned ${t.planned}]` : null,
    t.legacyNames ? `[was ${t.legacyNames.join(', ')}]` : null,
    comment(t.description),
  ];
  const pk = new Set(t.primaryKey ?? []);
  const lines = [head.filter((p) => p !== null).join(' ')];
  lines.push(...t.columns.map((c) => `  ${columnText(c, pk.size === 1 && pk.has(c.name))}`));
  if (t.primaryKey && t.primaryKey.length > 1) lines.push(`  pk (${t.primaryKey.join(', ')})`);
  for (const fk of t.foreignKeys ?? [])
    lines.push(
      `  fk (${fk.columns.join(', ')}) -> ${fk.table} (${fk.references.join(', ')})${fk.onDelete ? ` on delete ${fk.onDelete}` : ''}`,
    );
  for (const u of t.unique ?? []) lines.push(`  unique (${u.join(', ')})`);
  for (const c of t.checks ?? []) lines.push(`  check ${c}`);
  for (const i of t.indexes ?? []) lines.push(i.startsWith('unique ') ? `  unique index ${i.slice('unique '.length)}` : `  index ${i}`);
  if (t.referencedBy) lines.push(`  referenced by: ${t.referencedBy.join(', ')}`);
  return lines;
}

function columnText(c: ContextColumn, pk: boolean): string {
  const parts = [
    c.name,
    `${c.type}${c.nullable ? '?' : ''}`,
    pk ? 'pk' : null,
    c.unique ? 'uk' : null,
    c.default !== undefined ? `= ${c.default}` : null,
    c.identity ? `identity ${c.identity}` : null,
    c.generated ? `generated (${c.generated})` : null,
    c.references ? `-> ${c.references}${c.onDelete ? ` on delete ${c.onDelete}` : ''}` : null,
    comment(c.description),
  ];
  return parts.filter((p) => p !== null).join(' ');
}

const comment = (text: string | undefined) => (text ? `-- ${text.replace(/\s*\n\s*/g, ' ')}` : null);
