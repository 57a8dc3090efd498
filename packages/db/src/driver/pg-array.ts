/**
 * Parses a PostgreSQL array literal of text-like elements ('{a,"b c",NULL}') into strings.
 * Used where the drivers would otherwise hand back the literal (enum arrays) or convert the
 * elements into something the generated types do not promise (date[] into Dates).
 */
export function parseTextArray(literal: string): (string | null)[] | (string | null)[][] {
  let pos = 0;
  const parse = (): (string | null)[] | (string | null)[][] => {
    if (literal[pos] !== '{') throw new Error(`not an array literal: ${literal}`);
    pos++;
    const out: unknown[] = [];
    while (pos < literal.length && literal[pos] !== '}') {
      if (literal[pos] === '{') out.push(parse());
      else if (literal[pos] === '"') {
        pos++;
        let value = '';
        while (literal[pos] !== '"') {
          if (literal[pos] === '\\') pos++;
          value += literal[pos++];
        }
        pos++;
        out.push(value);
      } else {
        let end = pos;
        while (literal[end] !== ',' && literal[end] !== '}') end++;
        const raw = literal.slice(pos, end);
        out.push(raw === 'NULL' ? null : raw);
        pos = end;
      }
      if (literal[pos] === ',') pos++;
    }
    pos++;
    return out as (string | null)[];
  };
  return parse();
}

/** A JS array as a PostgreSQL array literal (`{"a","b c",NULL}`), for drivers that cannot serialise arrays of unknown element types. */
export function toArrayLiteral(values: readonly unknown[]): string {
  const element = (v: unknown): string => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return toArrayLiteral(v);
    return `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  return `{${values.map(element).join(',')}}`;
}
