const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Placeholders a message template uses, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Fills `{{name}}` placeholders. A placeholder without data is a bug in the rule, not in the
 * spec, so it throws rather than printing a half-filled message.
 */
export function fillMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`message "${template}" needs data for {{${key}}}`);
    return String(value);
  });
}
