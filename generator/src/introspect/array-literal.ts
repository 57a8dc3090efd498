/**
 * The elements of a one-dimensional PostgreSQL array literal (`{a,"b c",NULL}`), or null for
 * anything else (nested arrays, bounds, malformed text). NULL (unquoted) is null.
 */
export function parseArrayLiteral(text: string): (string | null)[] | null {
  const body = text.trim();
  if (!body.startsWith('{') || !body.endsWith('}')) return null;
  const inner = body.slice(1, -1);
  if (inner.trim() === '') return [];
  const out: (string | null)[] = [];
  let i = 0;
  while (i <= inner.length) {
    while (inner[i] === ' ') i++;
    if (inner[i] === '{') return null;
    let value = '';
    let quoted = false;
    if (inner[i] === '"') {
      quoted = true;
      i++;
      while (i < inner.length && inner[i] !== '"') {
        if (inner[i] === '\\') i++;
        value += inner[i] ?? '';
        i++;
      }
      if (inner[i] !== '"') return null;
      i++;
      while (inner[i] === ' ') i++;
    } else {
      while (i < inner.length && inner[i] !== ',') {
        if (inner[i] === '\\') i++;
        value += inner[i] ?? '';
        i++;
      }
      value = value.trim();
      if (value === '') return null;
    }
    out.push(!quoted && value.toUpperCase() === 'NULL' ? null : value);
    if (i >= inner.length) break;
    if (inner[i] !== ',') return null;
    i++;
  }
  return out;
}
