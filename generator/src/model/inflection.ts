/**
 * English inflection for table names: enough for snake_case schema words, not a general
 * library. Used to name row types (`soc_posts` → `SocPost`) and repositories.
 */

/** Words whose singular is the same word (or that have no useful singular). */
const INVARIANT = new Set([
  'data',
  'media',
  'metadata',
  'news',
  'series',
  'species',
  'sms',
  'status',
  'stats',
  'analytics',
  'access',
  'address',
  'business',
  'campus',
  'census',
  'bonus',
  'virus',
  'gas',
  'bus',
  'alias',
  'canvas',
  'feedback',
  'education',
  'content',
  'information',
  'info',
  'leadership',
  'activity',
  'config',
  'schedule',
  'inventory',
  'whatsapp',
  'equipment',
  'progress',
]);

const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  mice: 'mouse',
  geese: 'goose',
  teeth: 'tooth',
  feet: 'foot',
  criteria: 'criterion',
  indices: 'index',
  vertices: 'vertex',
  matrices: 'matrix',
  analyses: 'analysis',
  diagnoses: 'diagnosis',
  theses: 'thesis',
  crises: 'crisis',
  leaves: 'leaf',
  lives: 'life',
  knives: 'knife',
  wives: 'wife',
  halves: 'half',
  shelves: 'shelf',
  calves: 'calf',
  statuses: 'status',
  addresses: 'address',
  businesses: 'business',
  aliases: 'alias',
  buses: 'bus',
  viruses: 'virus',
  bonuses: 'bonus',
  campuses: 'campus',
  quizzes: 'quiz',
};

/** The singular of one lowercase word. */
export function singularWord(word: string): string {
  if (INVARIANT.has(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z|o)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s') && word.length > 2) return word.slice(0, -1);
  return word;
}

/** Whether a word reads as plural (or is invariant, which counts as plural for table names). */
export function isPluralWord(word: string): boolean {
  return INVARIANT.has(word) || word in IRREGULAR || singularWord(word) !== word;
}

/** `soc_post_likes` → `soc_post_like`: only the last word changes. */
export function singularName(snake: string): string {
  const words = snake.split('_');
  const last = words.pop() ?? '';
  return [...words, singularWord(last)].join('_');
}

export function pascalCase(snake: string): string {
  return snake
    .split('_')
    .filter((w) => w !== '')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');
}

export function camelCase(snake: string): string {
  const pascal = pascalCase(snake);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
