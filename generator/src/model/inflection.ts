/**
 * Just enough English inflection for table names: singular/plural of the last word, and a
 * singular form per word so `posts_tags` and `post_tags` normalise alike. Deliberately small
 * and predictable (a data table plus a few suffix rules), not a general-purpose inflector.
 */

/**
 * Words that name a table correctly without a plural. Each is here because a name the
 * strategy mandates (or an obvious PoultryCo table) ends in it; extend the list per spec with
 * `lint.options.plural-table.uncountables`.
 */
export const DEFAULT_UNCOUNTABLES: readonly string[] = [
  // Mass nouns in the strategy's renaming map: usr_education, usr_activity (an activity log),
  // org_leadership, mkt_content / mkt_campaign_content, nec_annotation_metadata,
  // cms_early_access, org_membership_history, biz_contact_info, soc_share_tracking.
  'education',
  'activity',
  'leadership',
  'content',
  'metadata',
  'data',
  'access',
  'history',
  'info',
  'information',
  'tracking',
  // A table that is a single queue, config or schedule of many rows: eml_queue,
  // eml_provider_config, mkt_content_schedule.
  'queue',
  'config',
  'schedule',
  // Channel names: que_sms, que_whatsapp.
  'sms',
  'whatsapp',
  // evt_feedback (organization_event_feedback), med_media, prd_inventory.
  'feedback',
  'media',
  'inventory',
  // Mass nouns a poultry network's later tables will end in.
  'equipment',
  'livestock',
  'poultry',
  'mortality',
  'weather',
  'research',
  'knowledge',
  'attendance',
  'compliance',
  'usage',
  'telemetry',
  'traffic',
  'progress',
  'staff',
  'personnel',
];

/** Words that are their own plural. */
const INVARIANT = new Set(['series', 'species', 'news', 'sheep', 'deer', 'fish', 'aircraft']);

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  mice: 'mouse',
  geese: 'goose',
  teeth: 'tooth',
  feet: 'foot',
  oxen: 'ox',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  indices: 'index',
  matrices: 'matrix',
  vertices: 'vertex',
  analyses: 'analysis',
  diagnoses: 'diagnosis',
  crises: 'crisis',
  theses: 'thesis',
  hypotheses: 'hypothesis',
  syntheses: 'synthesis',
  leaves: 'leaf',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  shelves: 'shelf',
  calves: 'calf',
  wolves: 'wolf',
  quizzes: 'quiz',
};
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(IRREGULAR_PLURALS).map(([p, s]) => [s, p]));

/** Latin -us words whose plural is -uses (statuses), unlike house → houses. */
const US_WORDS = new Set([
  'status',
  'bus',
  'bonus',
  'campus',
  'virus',
  'census',
  'corpus',
  'syllabus',
  'prospectus',
  'consensus',
  'surplus',
  'nexus',
  'apparatus',
  'hiatus',
  'stimulus',
  'focus',
]);

/** Words ending in u whose plural ends in -us (menus), unlike the Latin singulars (status). */
const U_WORDS = new Set(['menu', 'sku', 'guru', 'cpu', 'gpu', 'emu', 'haiku', 'tofu', 'bayou', 'gnu', 'tutu', 'kudzu', 'ecu', 'iou']);

/** Singulars ending in -is that do not end in -sis (analysis, basis are caught by the suffix). */
const IS_WORDS = new Set(['axis', 'tennis', 'iris', 'chassis', 'metropolis', 'trellis', 'penis', 'pelvis', 'clitoris', 'epidermis']);

/** -ie words whose plural only adds s (cookie → cookies, unlike category → categories). */
const IE_WORDS = new Set([
  'cookie',
  'movie',
  'selfie',
  'calorie',
  'rookie',
  'zombie',
  'newbie',
  'freebie',
  'goalie',
  'sortie',
  'genie',
  'pie',
  'tie',
  'lie',
]);

/** -che words whose plural only adds s (cache → caches, unlike match → matches). */
const CHE_WORDS = new Set(['cache', 'niche', 'ache', 'headache', 'cliche', 'moustache', 'avalanche']);

export interface Inflector {
  singular(word: string): string;
  plural(word: string): string;
  /** True when the word may end a table name: a plural, an invariant or an uncountable. */
  isPlural(word: string): boolean;
}

export function createInflector(uncountables: Iterable<string> = DEFAULT_UNCOUNTABLES): Inflector {
  const mass = new Set([...uncountables].map((w) => w.toLowerCase()));
  const invariant = (w: string) => mass.has(w) || INVARIANT.has(w);

  const singular = (w: string): string => {
    if (invariant(w)) return w;
    const irregular = IRREGULAR_PLURALS[w];
    if (irregular) return irregular;
    if (w.endsWith('us') && U_WORDS.has(w.slice(0, -1))) return w.slice(0, -1);
    if (/(ss|us|sis)$/.test(w) || IS_WORDS.has(w) || w.length < 3) return w;
    if (w.endsWith('ies') && IE_WORDS.has(w.slice(0, -1))) return w.slice(0, -1);
    if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
    if (w.endsWith('uses') && US_WORDS.has(w.slice(0, -2))) return w.slice(0, -2);
    if (w.endsWith('ches') && CHE_WORDS.has(w.slice(0, -1))) return w.slice(0, -1);
    if (/(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
    if (w.endsWith('s')) return w.slice(0, -1);
    return w;
  };

  const plural = (w: string): string => {
    if (invariant(w)) return w;
    const irregular = IRREGULAR_SINGULARS[w];
    if (irregular) return irregular;
    if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
    if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
    return `${w}s`;
  };

  const isPlural = (w: string): boolean => invariant(w) || w in IRREGULAR_PLURALS || (!(w in IRREGULAR_SINGULARS) && singular(w) !== w);

  return { singular, plural, isPlural };
}

const defaultInflector = createInflector();

/** `soc_post_likes` → `soc_post_like`: only the last word changes (for row type names). */
export function singularName(snake: string): string {
  const words = snake.split('_');
  const last = words.pop() ?? '';
  return [...words, defaultInflector.singular(last)].join('_');
}

export function pascalCase(snake: string): string {
  let pascal = pascalNames.get(snake);
  if (pascal === undefined) {
    pascal = snake
      .split('_')
      .filter((w) => w !== '')
      .map((w) => w[0]?.toUpperCase() + w.slice(1))
      .join('');
    pascalNames.set(snake, pascal);
  }
  return pascal;
}

// The emitters name the same tables and columns over and over (types, schemas, docs).
const pascalNames = new Map<string, string>();

export function camelCase(snake: string): string {
  const pascal = pascalCase(snake);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
