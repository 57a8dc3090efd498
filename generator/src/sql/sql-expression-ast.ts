/**
 * A parsed SQL expression. The parser desugars what PostgreSQL itself rewrites when it stores
 * an expression (`IN` → `= ANY (ARRAY[…])`, `BETWEEN` → two comparisons, `LIKE` → `~~`,
 * `!=` → `<>`, `position(a IN b)` → `position(b, a)`), so a spec's spelling and the catalog's
 * spelling of one expression parse to the same tree.
 */
export type SqlExpr =
  | { readonly kind: 'literal'; readonly type: 'string' | 'number' | 'boolean' | 'null'; readonly value: string }
  | { readonly kind: 'column'; readonly path: readonly string[] }
  /** CURRENT_DATE, CURRENT_TIMESTAMP, … (lowercase). */
  | { readonly kind: 'keyword'; readonly name: string }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly SqlExpr[] }
  /** `type` is the canonical spelling (`varchar(10)`, `timestamptz`, `text[]`). */
  | { readonly kind: 'cast'; readonly arg: SqlExpr; readonly type: string }
  | { readonly kind: 'unary'; readonly op: string; readonly arg: SqlExpr }
  | { readonly kind: 'binary'; readonly op: string; readonly left: SqlExpr; readonly right: SqlExpr }
  | { readonly kind: 'bool'; readonly op: 'and' | 'or'; readonly args: readonly SqlExpr[] }
  | { readonly kind: 'not'; readonly arg: SqlExpr }
  /** `test`: null, not null, true, not true, false, not false, unknown, not unknown. */
  | { readonly kind: 'is'; readonly arg: SqlExpr; readonly test: string }
  | { readonly kind: 'distinct'; readonly left: SqlExpr; readonly right: SqlExpr; readonly not: boolean }
  | {
      readonly kind: 'quantified';
      readonly op: string;
      readonly quantifier: 'any' | 'all';
      readonly left: SqlExpr;
      readonly right: SqlExpr;
    }
  | { readonly kind: 'array'; readonly elements: readonly SqlExpr[] }
  | {
      readonly kind: 'case';
      readonly subject: SqlExpr | null;
      readonly whens: readonly { readonly when: SqlExpr; readonly then: SqlExpr }[];
      readonly otherwise: SqlExpr | null;
    }
  | { readonly kind: 'subscript'; readonly arg: SqlExpr; readonly index: SqlExpr }
  | { readonly kind: 'collate'; readonly arg: SqlExpr; readonly collation: string };
