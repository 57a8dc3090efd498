/**
 * The `--columns` syntax of `gen new-table`: a comma-separated list of
 *
 *     name[?][:type][?][=default][->table[.column]]
 *
 * `?` marks the column nullable (after the name or the type), `[]` after a type makes it an
 * array, `enum(a|b|c)` declares a new enum for the column, `=default` sets a default and
 * `->table` a foreign key (the type may then be left out: the column takes the key's type).
 *
 * Parsing is purely syntactic and keeps the position of every part, so each later check (types,
 * targets, defaults, lint rules) can point at the exact place in the string the user typed.
 */

/** A range in the `--columns` string: 0-based offsets, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type ColumnTypeDraft =
  | { readonly kind: 'named'; readonly text: string }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly isArray: boolean };

export interface ColumnDefaultDraft {
  readonly text: string;
  /** Written in quotes: always a string, never a number, boolean or expression. */
  readonly quoted: boolean;
}

export interface ColumnDraft {
  readonly name: string;
  readonly nullable: boolean;
  /** null when left out, which only a foreign key column may do. */
  readonly type: ColumnTypeDraft | null;
  readonly default: ColumnDefaultDraft | null;
  readonly references: { readonly table: string; readonly column: string | null } | null;
  readonly spans: {
    readonly column: Span;
    readonly name: Span;
    readonly type: Span | null;
    readonly default: Span | null;
    readonly references: Span | null;
  };
}

export interface SyntaxIssue {
  readonly message: string;
  readonly span: Span;
}

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set(Object.values(OPENERS));
const NAME_CHAR = /[A-Za-z0-9_]/;
const TARGET = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)?/;

/** Parses the whole `--columns` string; columns with a syntax error are left out and reported. */
export function parseColumns(text: string): { columns: ColumnDraft[]; issues: SyntaxIssue[] } {
  const issues: SyntaxIssue[] = [];
  const columns: ColumnDraft[] = [];
  const segments = splitColumns(text, issues);
  if (issues.length > 0) return { columns, issues };
  segments.forEach((segment, i) => {
    const isLast = i === segments.length - 1;
    if (text.slice(segment.start, segment.end).trim() === '') {
      // A trailing comma is harmless; an empty column in the middle is a typo worth pointing at.
      if (!(isLast && segments.length > 1)) issues.push({ message: 'expected a column here (name:type)', span: emptySpan(segment.start) });
      return;
    }
    const column = new SegmentParser(text, segment).parse(issues);
    if (column) columns.push(column);
  });
  return { columns, issues };
}

/** Splits at commas outside brackets and quotes, so `numeric(12,2)` and `'a, b'` stay whole. */
function splitColumns(text: string, issues: SyntaxIssue[]): Span[] {
  const spans: Span[] = [];
  const open: { char: string; at: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === "'" || char === '"') {
      const end = closingQuote(text, i);
      if (end < 0) {
        issues.push({ message: `unclosed ${char} quote; close it with ${char}`, span: { start: i, end: i + 1 } });
        return [];
      }
      i = end;
    } else if (OPENERS[char]) {
      open.push({ char, at: i });
    } else if (CLOSERS.has(char)) {
      const top = open.pop();
      if (!top || OPENERS[top.char] !== char) {
        issues.push({
          message: top ? `"${char}" does not close "${top.char}"` : `"${char}" closes nothing`,
          span: { start: i, end: i + 1 },
        });
        return [];
      }
    } else if (char === ',' && open.length === 0) {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  const unclosed = open.pop();
  if (unclosed) {
    issues.push({
      message: `unclosed "${unclosed.char}"; close it with "${OPENERS[unclosed.char]}"`,
      span: { start: unclosed.at, end: unclosed.at + 1 },
    });
    return [];
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Index of the quote closing the one at `at` (a doubled quote is an escaped one), or -1. */
function closingQuote(text: string, at: number): number {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i;
  }
  return -1;
}

const emptySpan = (at: number): Span => ({ start: at, end: at + 1 });

/** Parses one column; positions are offsets in the whole string. */
class SegmentParser {
  private pos: number;
  private readonly end: number;

  constructor(
    private readonly text: string,
    private readonly segment: Span,
  ) {
    this.pos = segment.start;
    this.end = segment.end;
  }

  parse(issues: SyntaxIssue[]): ColumnDraft | null {
    const fail = (message: string, span: Span): null => {
      issues.push({ message, span });
      return null;
    };
    this.skipSpaces();
    const nameStart = this.pos;
    while (this.pos < this.end && NAME_CHAR.test(this.peek())) this.pos++;
    const name = this.text.slice(nameStart, this.pos);
    const nameSpan = { start: nameStart, end: this.pos };
    if (name === '') return fail(`expected a column name, found "${this.peek()}"`, emptySpan(nameStart));

    let nullable = false;
    let type: ColumnTypeDraft | null = null;
    let typeSpan: Span | null = null;
    let defaultValue: ColumnDefaultDraft | null = null;
    let defaultSpan: Span | null = null;
    let references: ColumnDraft['references'] = null;
    let referencesSpan: Span | null = null;

    this.skipSpaces();
    if (this.peek() === '?') {
      nullable = true;
      this.pos++;
      this.skipSpaces();
    }
    if (this.peek() === ':') {
      this.pos++;
      this.skipSpaces();
      const start = this.pos;
      const parsed = this.parseType(issues);
      if (!parsed) return null;
      type = parsed;
      typeSpan = { start, end: this.pos };
    }

    for (;;) {
      this.skipSpaces();
      if (this.pos >= this.end) break;
      const at = this.pos;
      const char = this.peek();
      if (char === '?') {
        if (nullable) return fail('"?" is given twice', emptySpan(at));
        if (type === null || defaultValue !== null || references !== null)
          return fail('"?" goes right after the name or the type, e.g. closes_at:timestamptz?', emptySpan(at));
        nullable = true;
        this.pos++;
      } else if (char === '=') {
        if (defaultValue !== null) return fail('a second default; give one =default per column', emptySpan(at));
        this.pos++;
        this.skipSpaces();
        const start = this.pos;
        defaultValue = this.parseDefault();
        if (defaultValue === null) return fail('expected a default value after "="', emptySpan(at));
        defaultSpan = { start, end: this.pos };
      } else if (this.text.startsWith('->', at)) {
        if (references !== null) return fail('a second foreign key; a column references one table', { start: at, end: at + 2 });
        this.pos += 2;
        this.skipSpaces();
        const match = TARGET.exec(this.text.slice(this.pos, this.end));
        if (!match) return fail('expected a table after "->", e.g. ->soc_posts or ->soc_posts.id', { start: at, end: at + 2 });
        const [table = '', column] = match[0].split('.');
        references = { table, column: column ?? null };
        referencesSpan = { start: this.pos, end: this.pos + match[0].length };
        this.pos += match[0].length;
      } else {
        return fail(
          type === null && char !== ':'
            ? `unexpected "${char}" after the column name; write name:type`
            : `unexpected "${char}"; after the type come ? (nullable), =default or ->table${/[A-Za-z]/.test(char) ? ' (a missing comma?)' : ''}`,
          emptySpan(at),
        );
      }
    }

    if (type === null && references === null)
      return fail(`column "${name}" needs a type: ${name}:text (a foreign key, ${name}->table, takes its key's type)`, nameSpan);
    return {
      name,
      nullable,
      type,
      default: defaultValue,
      references,
      spans: { column: this.trimmedSegment(), name: nameSpan, type: typeSpan, default: defaultSpan, references: referencesSpan },
    };
  }

  /** A type runs up to `?`, `=`, `->` or the end; `enum(…)` is read as a list of values. */
  private parseType(issues: SyntaxIssue[]): ColumnTypeDraft | null {
    const start = this.pos;
    const enumMatch = /^enum\s*\(/i.exec(this.text.slice(this.pos, this.end));
    if (enumMatch) {
      const open = this.pos + enumMatch[0].length - 1;
      const close = this.text.indexOf(')', open);
      const values: string[] = [];
      let offset = open + 1;
      for (const raw of this.text.slice(open + 1, close).split(/[|,]/)) {
        const value = raw.trim();
        const span = { start: offset, end: offset + raw.length };
        offset += raw.length + 1;
        if (value === '') {
          issues.push({ message: 'empty enum value; list the values as enum(a|b|c)', span: emptySpan(span.start) });
          return null;
        }
        if (values.includes(value)) {
          issues.push({ message: `enum value "${value}" is listed twice`, span });
          return null;
        }
        values.push(value);
      }
      this.pos = close + 1;
      const isArray = this.text.startsWith('[]', this.pos);
      if (isArray) this.pos += 2;
      return { kind: 'enum', values, isArray };
    }
    let depth = 0;
    while (this.pos < this.end) {
      const char = this.peek();
      if (depth === 0 && (char === '?' || char === '=' || this.text.startsWith('->', this.pos))) break;
      if (char === '(') depth++;
      if (char === ')') depth--;
      this.pos++;
    }
    const raw = this.text.slice(start, this.pos);
    const text = raw.trim().replace(/\s+/g, ' ');
    if (text === '') {
      issues.push({ message: 'expected a type after ":", e.g. text, integer, timestamptz, varchar(120)', span: emptySpan(start) });
      return null;
    }
    this.pos = start + raw.trimEnd().length;
    return { kind: 'named', text };
  }

  /** A quoted string, a bracketed list or map, or bare text up to `->` or the end. */
  private parseDefault(): ColumnDefaultDraft | null {
    const char = this.peek();
    if (char === "'" || char === '"') {
      const close = closingQuote(this.text, this.pos);
      const body = this.text
        .slice(this.pos + 1, close)
        .split(`${char}${char}`)
        .join(char);
      this.pos = close + 1;
      return { text: body, quoted: true };
    }
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.end) {
      const c = this.peek();
      if (depth === 0 && this.text.startsWith('->', this.pos)) break;
      if (OPENERS[c]) depth++;
      if (CLOSERS.has(c)) depth--;
      this.pos++;
    }
    const raw = this.text.slice(start, this.pos);
    this.pos = start + raw.trimEnd().length;
    const text = raw.trim();
    return text === '' ? null : { text, quoted: false };
  }

  private trimmedSegment(): Span {
    const raw = this.text.slice(this.segment.start, this.segment.end);
    const start = this.segment.start + (raw.length - raw.trimStart().length);
    return { start, end: this.segment.start + raw.trimEnd().length };
  }

  private peek(): string {
    return this.pos < this.end ? (this.text[this.pos] ?? '') : '';
  }

  private skipSpaces(): void {
    while (this.pos < this.end && /\s/.test(this.peek())) this.pos++;
  }
}

/**
 * The string with a caret line under `span`, indented, for error messages:
 *
 *     post_id:uuid->soc_posts, question:txt
 *                                       ^^^
 */
export function pointAt(text: string, span: Span, indent = '    '): string {
  const width = Math.max(1, Math.min(span.end, text.length) - span.start);
  return `${indent}${text}\n${indent}${' '.repeat(span.start)}${'^'.repeat(width)}`;
}
