import { jsRegexSource } from '../regex/js-regex-source.js';
import { parsePgRegex, UnsupportedRegex } from '../regex/pg-regex-parser.js';

const compiled = new Map<string, RegExp | null>();

/**
 * A CHECK's regular expression as a JavaScript RegExp, to test the values the seeder makes.
 * Looser than the validators' translation (pgRegexToJs): classes such as `[:space:]` and `\d`
 * stand for their ASCII members, which is what the seeder draws, and patterns that are slow to
 * backtrack are accepted, since it tests only short strings of its own. Null when the parser
 * does not read the pattern.
 */
export function toJsRegExp(pattern: string, caseInsensitive = false): RegExp | null {
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  if (!compiled.has(key)) compiled.set(key, compile(pattern, caseInsensitive));
  return compiled.get(key) ?? null;
}

function compile(pattern: string, caseInsensitive: boolean): RegExp | null {
  try {
    return new RegExp(jsRegexSource(parsePgRegex(pattern), caseInsensitive), 'u');
  } catch (error) {
    if (error instanceof UnsupportedRegex) return null;
    throw error;
  }
}
