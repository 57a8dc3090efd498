import { LANGUAGES, SKILLS, TOPICS, UNITS, messageText, postText } from './india-data.js';
import type { Scene } from './scene.js';

/**
 * Text by column name, as data: the first rule whose pattern matches the column's name (or,
 * for `name`-like columns, the table's) makes the value. Lengths and formats are enforced
 * afterwards by the caller; these only aim for text a person would recognise.
 */
export interface TextContext {
  readonly column: string;
  readonly table: string;
  /** The table's name without its module prefix, singular-ish: `post_comment`. */
  readonly noun: string;
  /** Module key; `msg` rows read like messages, `nec` rows like price reports. */
  readonly module: string;
  readonly scene: Scene;
  readonly maxLength: number | null;
}

type Rule = readonly [RegExp, (c: TextContext) => string];

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.replace(/_/g, ' ').replace(/\b[a-z]/g, (c) => c.toUpperCase());
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const snake = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
const hex = (c: TextContext, length: number) => {
  let out = '';
  while (out.length < length) out += c.scene.int(0, 0xffff).toString(16).padStart(4, '0');
  return out.slice(0, length);
};

/** A name for a row of a table, by what the table holds. */
function entityName(c: TextContext): string {
  const s = c.scene;
  const t = c.table;
  if (/profile|member|person|contact|author|speaker|candidate|user|volunteer|influencer|lead|recipient|buyer/.test(t)) return s.person;
  if (/^biz_|business|supplier|dealer|vendor|exhibitor|sponsor|company/.test(t)) return s.business;
  if (/^org_|organi[sz]ation|association|committee/.test(t)) return `${s.org} ${titleCase(c.noun.split('_').pop() ?? '')}`.trim();
  if (/zone/.test(t)) return s.zone;
  if (/district/.test(t)) return s.district;
  if (/state/.test(t)) return s.state;
  if (/breed/.test(t)) return s.breed;
  if (/feed|ingredient/.test(t)) return sentenceCase(s.feed);
  if (/disease/.test(t)) return s.disease;
  if (/skill/.test(t)) return sentenceCase(s.pick(SKILLS));
  if (/market/.test(t)) return `${s.district} ${s.pick(['Egg Market', 'Mandi', 'Wholesale Market'])}`;
  if (/tag|topic|categor|hashtag|keyword|label/.test(t)) return s.pick(TOPICS);
  return `${titleCase(c.noun)} ${s.district} ${s.serial}`;
}

const RULES: readonly Rule[] = [
  [/email/, (c) => c.scene.email],
  [/phone|mobile|whatsapp/, (c) => c.scene.phone],
  [/(^|_)(first_name|given_name)$/, (c) => c.scene.first],
  [/(^|_)(last_name|family_name|surname)$/, (c) => c.scene.last],
  [/(full|contact|recipient|buyer|invitee|candidate|author|sender|nominee|referrer|holder|owner)_name$/, (c) => c.scene.person],
  [/(company|business|legal|trade|brand|supplier)_name$/, (c) => c.scene.business],
  [/(organization|institution|association|college|university)_name$/, (c) => c.scene.org],
  [/^(name|display_name|title_name|name_local)$/, entityName],
  [/handle|username/, (c) => c.scene.handle],
  [/slug/, (c) => `${slugify(entityName(c))}-${c.scene.serial}`],
  [/state_code|state$/, (c) => (c.maxLength !== null && c.maxLength <= 3 ? c.scene.stateInfo.code : c.scene.state)],
  [/district|city|town|taluk|village|locality|area_name|venue|location_name/, (c) => c.scene.district],
  [/pin_?code|postal|zip/, (c) => c.scene.pinCode],
  [
    /address_line1|street|address$/,
    (c) => `${c.scene.int(1, 240)}, ${c.scene.pick(['Main Road', 'Bazaar Street', 'Gandhi Road', 'Station Road', 'Mill Road'])}`,
  ],
  [/address_line2|landmark/, (c) => `Near ${c.scene.pick(['Bus Stand', 'Panchayat Office', 'Temple', 'Market Yard', 'Railway Gate'])}`],
  [/country_code|country$/, (c) => (c.maxLength !== null && c.maxLength <= 3 ? 'IN' : 'India')],
  [/currency/, () => 'INR'],
  [/language|locale|lang$/, (c) => c.scene.pick(LANGUAGES)],
  [/timezone|time_zone/, () => 'Asia/Kolkata'],
  [/gstin/, (c) => c.scene.gstin],
  [/(^|_)pan(_number)?$/, (c) => c.scene.pan],
  [/ifsc/, (c) => `${c.scene.pick(['SBIN', 'HDFC', 'ICIC', 'UTIB', 'CNRB'])}0${String(c.scene.int(100_000, 999_999))}`],
  [/upi|vpa/, (c) => `${c.scene.first.toLowerCase()}${c.scene.serial}@${c.scene.pick(['okaxis', 'oksbi', 'ybl', 'paytm'])}`],
  [/colou?r/, (c) => `#${hex(c, 6)}`],
  [
    /user_agent/,
    (c) =>
      `PoultryCo/${c.scene.int(1, 4)}.${c.scene.int(0, 9)} (Android ${c.scene.int(10, 14)}; ${c.scene.pick(['Redmi Note 12', 'Galaxy M34', 'Vivo Y21', 'Realme 11'])})`,
  ],
  [/mime/, (c) => c.scene.pick(['image/jpeg', 'image/png', 'application/pdf', 'video/mp4'])],
  [/url|link|website|uri$|href/, (c) => url(c)],
  [/hash|checksum|digest|token|secret|signature/, (c) => hex(c, c.maxLength ?? 64)],
  [/zone/, (c) => c.scene.zone],
  [/breed/, (c) => c.scene.breed],
  [/feed|ingredient/, (c) => c.scene.feed],
  [/disease|symptom/, (c) => c.scene.disease],
  [/cron/, (c) => `0 ${c.scene.int(5, 9)} * * *`],
  [
    /utm_|_key$|^key$|(^|_)code$|_type$|^kind$|event_name|action|metric|field$|source$|provider$|channel$|bucket$|category$/,
    (c) => codeWord(c),
  ],
  [/file_?name/, (c) => `${slugify(entityName(c))}-${c.scene.serial}.${c.scene.pick(['pdf', 'jpg', 'png', 'xlsx'])}`],
  [/storage_key|object_key|path$/, (c) => `${c.module}/${c.scene.int(2023, 2025)}/${hex(c, 12)}`],
  [
    /sku|number$|_no$|reference|_ref$|external_id|idempotency|message_id|utr/,
    (c) => `${c.module.toUpperCase()}-${c.scene.int(2023, 2025)}-${String(c.scene.serial).padStart(6, '0')}`,
  ],
  [/version/, (c) => `${c.scene.int(1, 4)}.${c.scene.int(0, 12)}.${c.scene.int(0, 20)}`],
  [/unit$/, (c) => c.scene.pick(UNITS)],
  [
    /designation|role_title|job_title|position$/,
    (c) => c.scene.pick(['Farm Manager', 'Veterinarian', 'Sales Executive', 'Hatchery Supervisor', 'Feed Technologist', 'Accountant']),
  ],
  [/department/, (c) => c.scene.pick(['Production', 'Sales', 'Veterinary', 'Accounts', 'Logistics'])],
  [/icon/, (c) => c.scene.pick(['egg', 'chick', 'truck', 'feed', 'vaccine', 'chart'])],
  [/tag|topic|keyword|label|hashtag|term|query|synonym/, (c) => c.scene.pick(TOPICS)],
  [/error|failure/, (c) => c.scene.pick(['connection timed out', 'provider returned 503', 'invalid recipient', 'rate limited'])],
  [/(^|_)(title|subject|headline|heading|caption|alt_text|tagline|seo_title|preheader)$/, (c) => title(c)],
  [
    /content|body|message|text|comment|description|bio|summary|notes?$|details|answer|question|excerpt|reason|hypothesis|instructions|about/,
    (c) => prose(c),
  ],
];

function url(c: TextContext): string {
  const s = c.scene;
  if (/image|photo|avatar|logo|cover|thumbnail|banner|media/.test(c.column))
    return `https://cdn.poultryco.in/${c.module}/${hex(c, 16)}.jpg`;
  if (/video/.test(c.column)) return `https://cdn.poultryco.in/video/${hex(c, 16)}.mp4`;
  if (/document|file|certificate|resume|invoice|pdf/.test(c.column)) return `https://files.poultryco.in/${c.module}/${hex(c, 16)}.pdf`;
  if (/meeting/.test(c.column)) return `https://meet.poultryco.in/${hex(c, 10)}`;
  return `https://poultryco.in/${c.noun.replace(/_/g, '-')}/${s.serial}`;
}

function codeWord(c: TextContext): string {
  const words = [...c.noun.split('_'), 'daily', 'zone', 'layer', 'broiler', 'feed', 'price', 'farm'];
  return `${snake(c.scene.pick(words))}_${c.scene.serial}`;
}

function title(c: TextContext): string {
  const s = c.scene;
  return s.pick([
    `Egg prices in ${s.zone} this week`,
    `${s.breed} flock update from ${s.district}`,
    `Managing ${s.disease} in summer`,
    `${sentenceCase(s.feed)} rates in ${s.state}`,
    `${s.business}: new batch available`,
    `Biosecurity checklist for ${s.district} farms`,
  ]);
}

function prose(c: TextContext): string {
  return c.module === 'msg' || /message|reply|comment/.test(c.column) ? messageText(c.scene) : postText(c.scene);
}

/** Text for a text-like column, by its name. */
export function textFor(c: TextContext): string {
  for (const [pattern, make] of RULES) if (pattern.test(c.column)) return make(c);
  return title(c);
}
