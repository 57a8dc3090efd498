import type { Column, JsonShape, Table } from '../../model/model.js';
import { SCALAR_TYPES } from '../../model/pg-types.js';
import { columnCheckRules, type CheckRule } from './check-rules.js';
import { enumValuesName } from './ts-names.js';
import { declaration, PRINT_WIDTH, stringLiteral } from './ts-format.js';
import { pascalCase } from '../../model/inflection.js';
import { fitIdentifier } from '../../model/naming.js';

/**
 * zod expressions for a column, enforcing what the database enforces where zod can: NOT NULL,
 * lengths, integer ranges, numeric precision, uuid/inet formats, enum values, array element
 * types, declared jsonb shapes and, on input, non-blank text and the simple forms of the table's
 * CHECKs (check-rules.ts).
 */
export function zodColumn(column: Column, mode: 'select' | 'input', shapes: ShapeConsts, table: Table): string {
  const { type } = column;
  let expr: string;
  if (type.kind === 'enum') {
    expr = `z.enum(${enumValuesName(type.name)})`;
  } else {
    const scalar = SCALAR_TYPES[type.name];
    const template = (mode === 'select' ? scalar?.zodSelect : scalar?.zod) ?? 'z.unknown()';
    expr = template
      .replace('{length}', String(type.length ?? ''))
      .replace(
        'pg.numeric({precision}, {scale})',
        type.precision === null ? 'pg.numeric()' : `pg.numeric(${type.precision}, ${type.scale ?? 0})`,
      );
    if (column.shape && scalar?.category === 'json') expr = zodShape(column.shape, shapes.base(column.name), shapes);
  }
  if (mode === 'input' && !type.isArray) expr = checkedColumn(expr, column, shapes, table);
  if (type.isArray) {
    expr = `z.array(${expr})`;
    if (mode === 'input' && column.nonEmpty) expr += '.min(1)';
  }
  if (column.nullable) expr += '.nullable()';
  return expr;
}

/**
 * The input validator with the column's rules: `pg.checked(base, rule, …)`, one flat call. Nested
 * helper calls would make prettier break the line into a member chain (it does so for a chain of
 * three calls with any argument that is not "simple": a call nested two deep, a regex literal
 * longer than five characters). So patterns become named consts, and a call too long for its
 * line becomes one too.
 */
function checkedColumn(base: string, column: Column, shapes: ShapeConsts, table: Table): string {
  const rules = columnCheckRules(table, column);
  const args = [base];
  if (column.nonEmpty) args.push('pg.notBlank()');
  let patterns = 0;
  const patternConst = (source: string) => shapes.pattern(`${shapes.base(column.name)}Pattern${++patterns === 1 ? '' : patterns}`, source);
  for (const rule of rules) args.push(ruleCall(rule, patternConst));
  if (args.length === 1) return base;
  const call = `pg.checked(${args.join(', ')})`;
  // The entry as the template prints it, at its longest: `  name: call.nullable().optional(),`.
  const entry = (value: string) => `  ${column.name}: ${value}${column.nullable ? '.nullable()' : ''}.optional(),`;
  if (entry(call).length <= PRINT_WIDTH) return call;
  // Else the call becomes a const whose name (shortened if need be) leaves the entry on one line.
  const room = PRINT_WIDTH - entry('').length;
  return shapes.checked(fitIdentifier(`${shapes.base(column.name)}Checked`, room), args);
}

function ruleCall(rule: CheckRule, patternConst: (source: string) => string): string {
  switch (rule.kind) {
    case 'matches':
      return `pg.matches(${patternConst(rule.pattern)})`;
    case 'chars':
      return `pg.chars(${rule.min ?? 'null'}, ${rule.max ?? 'null'})`;
    case 'compare':
      // A bound that a JS number spells the same way is written as one; others stay exact text.
      return `pg.compare('${rule.op}', ${String(Number(rule.bound)) === rule.bound ? rule.bound : stringLiteral(rule.bound)})`;
    case 'notEqual':
      return `pg.notEqual(${stringLiteral(rule.text)})`;
  }
}

/**
 * Named consts a table's schemas refer to: declared jsonb object shapes, CHECK patterns, and
 * column validators too long for their line. Every object shape becomes a `const` laid out one
 * property per line, so no generated line grows past the print width however deep the shape is
 * (prettier would otherwise re-break long inline objects).
 */
export class ShapeConsts {
  private readonly consts = new Map<string, string>();
  constructor(private readonly prefix: string) {}

  base(column: string): string {
    return `${this.prefix}${pascalCase(column)}`;
  }

  add(name: string, code: string): string {
    if (!this.consts.has(name)) this.consts.set(name, `const ${name} = ${code};`);
    return name;
  }

  /** A CHECK pattern as a RegExp literal; prettier moves a long one to the line after `=`. */
  pattern(name: string, source: string): string {
    this.consts.set(name, declaration(`const ${name} =`, `/${source}/u`));
    return name;
  }

  /** `const name = pg.checked(…);`, its arguments one per line when too long, as prettier prints a call. */
  checked(name: string, args: readonly string[]): string {
    const head = `const ${name} = pg.checked(`;
    const line = `${head}${args.join(', ')});`;
    this.consts.set(name, line.length <= PRINT_WIDTH ? line : `${head}\n${args.map((a) => `  ${a},`).join('\n')}\n);`);
    return name;
  }

  /** The `const` declarations, dependencies first (they were added innermost first). */
  declarations(): string[] {
    return [...this.consts.values()];
  }
}

function zodShape(shape: JsonShape, name: string, shapes: ShapeConsts): string {
  switch (shape.kind) {
    case 'scalar':
      return { string: 'z.string()', number: 'z.number()', integer: 'z.number().int()', boolean: 'z.boolean()', unknown: 'pg.json()' }[
        shape.type
      ];
    case 'array':
      return `z.array(${zodShape(shape.element, `${name}Item`, shapes)})`;
    case 'object': {
      const properties = shape.properties.map(
        (p) => `  ${p.name}: ${zodShape(p.shape, `${name}${pascalCase(p.name)}`, shapes)}${p.optional ? '.optional()' : ''},`,
      );
      return shapes.add(`${name}Shape`, `z.strictObject({\n${properties.join('\n')}\n})`);
    }
  }
}

/** Whether an insert may leave the column out (the database supplies it). */
export function optionalOnInsert(column: Column): boolean {
  return column.nullable || column.default !== null || column.identity === 'by default' || SCALAR_TYPES[column.type.name]?.serialOf != null;
}

/** Whether the column may be written at all (generated and identity-always columns may not). */
export function writable(column: Column): boolean {
  return column.generated === null && column.identity !== 'always';
}
