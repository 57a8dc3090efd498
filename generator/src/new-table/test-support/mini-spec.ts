import { writeTempSpec } from '../../test-support/temp-spec.js';
import type { NewTableRequest } from '../plan-new-table.js';

/**
 * A small lint-clean spec for new-table's tests: modules core, soc and mkt (ai has no file yet),
 * with comments, sections, aligned values, trailing spaces and a file without a final newline,
 * so tests can check that adding a table leaves every other byte alone. Kept here rather than
 * as fixture files so that no formatter ever tidies it.
 */
export const MINI_FILES: Readonly<Record<string, string>> = {
  'spec.yaml': `# A small spec for gen new-table's tests: lint-clean, with comments, sections and odd formatting
# in its module files, so tests can check that adding a table leaves every other byte alone.
version: 1
name: mini
teams:
  core: { title: Core team, handle: "@mini/core" }
modules:
  core: { prefix: '', title: Core, owner: core, targets: { current: 1, y1: 1, y2: 2 } }
  soc: { prefix: soc_, title: Social, owner: core, targets: { current: 2, y1: 3, y2: 10 }, references: [core] }
  mkt: { prefix: mkt_, title: Marketing, owner: core, targets: { current: 1, y1: 1, y2: 10 }, references: [core] }
  ai: { prefix: ai__, title: AI, owner: core, targets: { current: 0, y1: 0, y2: 5 }, references: [core, soc] }
columnSets:
  id:
    placement: start
    columns:
      id: { type: uuid, primaryKey: true, default: gen_random_uuid() }
  timestamps:
    placement: end
    columns:
      created_at: { type: timestamptz, default: now() }
      updated_at: { type: timestamptz, default: now() }
`,
  'modules/core.yaml': `# yaml-language-server: $schema=../spec.schema.json
version: 1
module: core
tables:
  profiles:
    description: Every member.
    use: [id, timestamps]
    columns:
      handle: { type: citext, unique: true }
      state_code: { type: char(2), nullable: true }
`,
  'modules/soc.yaml': `# yaml-language-server: $schema=../spec.schema.json
#
# Social (soc_): posts and reactions. Trailing spaces and odd   spacing stay as they are.   
version: 1
module: soc

enums:
  # What a post carries.
  soc_post_type:
    values: [text, photo]   # more later
  soc_post_status: { values: [draft, published] }

tables:
  # ── Live ──────────────────────────────
  soc_posts:
    description: "Posts in the feed."
    use: [id, timestamps]
    columns:
      author_id: { type: uuid, references: profiles, onDelete: cascade }
      post_type: { type: soc_post_type, default: text }
      status:    { type: soc_post_status, default: draft }   # aligned on purpose
    indexes:
      - columns: [author_id]
      # a comment that belongs to soc_posts (indented deeper than the table keys)

  soc_post_likes:
    description: One like per member per post.
    appendOnly: true
    primaryKey: [post_id, profile_id]
    columns:
      post_id: { type: uuid, references: soc_posts, onDelete: cascade }
      profile_id: { type: uuid, references: profiles, onDelete: cascade }
      created_at: { type: timestamptz, default: now() }
    indexes:
      - columns: [profile_id]

  # ── Planned, Year 1 ───────────────────
  soc_polls:
    description: A poll attached to a post.
    status: planned
    phase: y1
    use: [id, timestamps]
    columns:
      post_id: { type: uuid, references: soc_posts, onDelete: cascade, unique: true }
      question: text

# end of soc
`,
  'modules/mkt.yaml': `# yaml-language-server: $schema=../spec.schema.json
version: 1
module: mkt
# Marketing has no enums yet.
tables:
  mkt_campaigns:
    description: A marketing campaign.
    use: [id, timestamps]
    columns:
      title: { type: varchar(120) }`,
};

/** A fresh copy of the mini spec in a temp folder, for a test to change. */
export const tempMiniSpec = (): { dir: string; root: string } => writeTempSpec({ ...MINI_FILES });

/** A request with the defaults of the command line. */
export const request = (parts: Partial<NewTableRequest> & Pick<NewTableRequest, 'name' | 'columns'>): NewTableRequest => ({
  module: undefined,
  description: 'A thing of the test.',
  defaults: true,
  appendOnly: false,
  status: 'live',
  phase: 'live',
  ...parts,
});
