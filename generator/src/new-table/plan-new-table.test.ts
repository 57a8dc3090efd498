import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyScript } from '../db/apply-script.js';
import { SCHEMA_SQL_PATH } from '../emit/ddl/ddl-emitter.js';
import { lintModel } from '../lint/run-lint.js';
import { loadModel } from '../pipeline/load-model.js';
import { emitAll } from '../pipeline/build.js';
import { catalogColumns, catalogConstraints, catalogIndexes } from '../test-support/catalog.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { planNewTable, type NewTablePlan, type NewTableRequest } from './plan-new-table.js';
import { openSpec, type SpecContext } from './spec-context.js';
import { newTableDdl } from './table-ddl.js';
import { request, tempMiniSpec } from './test-support/mini-spec.js';
import { writeModuleFile } from './write-module-file.js';

const context = (root = tempMiniSpec().root): SpecContext => {
  const opened = openSpec(root);
  if (!opened.context) throw new Error(opened.problems.map((p) => p.message).join('\n'));
  return opened.context;
};

function plan(req: NewTableRequest, ctx = context()): NewTablePlan {
  const result = planNewTable(ctx, req);
  if (!result.plan) throw new Error(result.issues.map((i) => `${i.code}: ${i.message}`).join('\n'));
  return result.plan;
}

/** The single error of a refused request. */
function refusal(req: NewTableRequest) {
  const result = planNewTable(context(), req);
  expect(result.plan).toBeNull();
  const errors = result.issues.filter((i) => i.severity === 'error');
  expect(errors, JSON.stringify(errors)).toHaveLength(1);
  return errors[0] ?? expect.unreachable();
}

const POLL_COLUMNS =
  'post_id->soc_posts, question:text, closes_at:timestamptz?, is_anonymous:boolean=false, kind:enum(single|multiple)=single';

describe('planNewTable', () => {
  it('adds a table that validates, lints clean, and whose DDL applies on top of the current schema', async () => {
    const { root } = tempMiniSpec();
    const ctx = context(root);
    const before = emitAll(ctx.model, { phase: 'live' }).outputs.get(SCHEMA_SQL_PATH) ?? '';
    const p = plan(request({ name: 'soc_post_votes', columns: POLL_COLUMNS, description: 'A vote on a post.' }), ctx);
    expect(p.warnings).toEqual([]);
    expect(p.enums).toEqual(['soc_post_vote_kind']);
    expect(p.table.columns.map((c) => c.name)).toEqual([
      'id',
      'post_id',
      'question',
      'closes_at',
      'is_anonymous',
      'kind',
      'created_at',
      'updated_at',
    ]);
    expect(p.table.foreignKeys.map((f) => [f.columns, f.references])).toEqual([[['post_id'], { table: 'soc_posts', columns: ['id'] }]]);
    expect(p.table.indexes.map((i) => i.name)).toEqual(['ix_soc_post_votes_post_id']);

    expect(writeModuleFile(p.file.path, p.file.original, p.edit.text)).toBeNull();
    const { model, problems } = loadModel(root);
    expect(problems).toEqual([]);
    const lint = lintModel(model ?? expect.unreachable());
    expect(lint.diagnostics).toEqual([]);

    const db = await createTestDatabase();
    try {
      await applyScript(db.db, before);
      await applyScript(db.db, newTableDdl(p.model, p.table, p.enums));
      const columns = (await catalogColumns(db.db, db.schema)).filter((c) => c.table === 'soc_post_votes');
      expect(columns.map((c) => `${c.name} ${c.type}${c.notNull ? ' not null' : ''}`)).toEqual([
        'id uuid not null',
        'post_id uuid not null',
        'question text not null',
        'closes_at timestamp with time zone',
        'is_anonymous boolean not null',
        'kind soc_post_vote_kind not null',
        'created_at timestamp with time zone not null',
        'updated_at timestamp with time zone not null',
      ]);
      const constraints = (await catalogConstraints(db.db, db.schema)).filter((c) => c.table === 'soc_post_votes');
      expect(constraints.map((c) => c.name).sort()).toEqual(['fk_soc_post_votes_post_id', 'pk_soc_post_votes']);
      expect((await catalogIndexes(db.db, db.schema)).filter((i) => i.table === 'soc_post_votes').map((i) => i.name)).toContain(
        'ix_soc_post_votes_post_id',
      );
      await db.db.exec(
        "INSERT INTO profiles (handle) VALUES ('ann'); INSERT INTO soc_posts (author_id) SELECT id FROM profiles; INSERT INTO soc_post_votes (post_id, question) SELECT id, 'Why?' FROM soc_posts;",
      );
      const { rows } = await db.db.query<{ kind: string; is_anonymous: boolean }>('SELECT kind, is_anonymous FROM soc_post_votes');
      expect(rows).toEqual([{ kind: 'single', is_anonymous: false }]);
    } finally {
      await db.drop();
    }

    // And the whole schema built from the changed spec applies to an empty database.
    const fresh = await createTestDatabase();
    try {
      await applyScript(fresh.db, emitAll(model ?? expect.unreachable(), { phase: 'live' }).outputs.get(SCHEMA_SQL_PATH) ?? '');
      expect((await catalogColumns(fresh.db, fresh.schema)).some((c) => c.table === 'soc_post_votes')).toBe(true);
    } finally {
      await fresh.drop();
    }
  });

  it('adds the module prefix, and finds the module from a prefixed name', () => {
    expect(plan(request({ name: 'shares', module: 'soc', columns: 'post_id->soc_posts' })).table.name).toBe('soc_shares');
    expect(plan(request({ name: 'soc_shares', columns: 'post_id->soc_posts' })).module.key).toBe('soc');
    expect(plan(request({ name: 'soc_shares', module: 'soc', columns: 'post_id->soc_posts' })).table.name).toBe('soc_shares');
  });

  it('takes the type of the referenced key when the type is left out, and indexes every foreign key', () => {
    const p = plan(
      request({
        name: 'soc_shares',
        columns: 'post_id->soc_posts, sharer_id->profiles, parent_id:uuid?->soc_shares, handle:citext->profiles.handle',
      }),
    );
    expect(p.table.columns.filter((c) => c.name.endsWith('_id') || c.name === 'handle').map((c) => `${c.name}:${c.type.sql}`)).toEqual([
      'post_id:uuid',
      'sharer_id:uuid',
      'parent_id:uuid',
      'handle:citext',
    ]);
    expect(p.table.indexes.map((i) => i.keys.map((k) => k.column).join())).toEqual(['post_id', 'sharer_id', 'parent_id', 'handle']);
    expect(p.table.foreignKeys.find((f) => f.columns[0] === 'handle')?.references).toEqual({ table: 'profiles', columns: ['handle'] });
  });

  it('--no-defaults: only the given columns, a column named id is the key', () => {
    const p = plan(
      request({
        name: 'soc_tags',
        defaults: false,
        columns: 'id:uuid=gen_random_uuid(), label:text, created_at:timestamptz=now(), updated_at:timestamptz=now()',
      }),
    );
    expect(p.table.primaryKey?.columns).toEqual(['id']);
    expect(p.table.columns.map((c) => c.name)).toEqual(['id', 'label', 'created_at', 'updated_at']);
    expect(p.snippet).not.toContain('use:');
  });

  it('--append-only: id and created_at, no updated_at, appendOnly: true', () => {
    const p = plan(request({ name: 'soc_post_views', appendOnly: true, columns: 'post_id->soc_posts' }));
    expect(p.table.appendOnly).toBe(true);
    expect(p.table.columns.map((c) => c.name)).toEqual(['id', 'post_id', 'created_at']);
    expect(p.snippet).toContain('    appendOnly: true\n    use: [id]\n');
    expect(lintModel(p.model).errorCount).toBe(0);
  });

  it('a planned table gets status and phase and goes after the last table of its phase', () => {
    const p = plan(request({ name: 'soc_poll_votes', status: 'planned', phase: 'y1', columns: 'poll_id->soc_polls' }));
    expect(p.table).toMatchObject({ status: 'planned', phase: 'y1' });
    expect(p.snippet).toContain('    status: planned\n    phase: y1\n');
    expect(p.edit.place).toBe('at the end of tables:, after soc_polls');
  });

  it('creates the file of a module that has none', () => {
    const p = plan(request({ name: 'models', module: 'ai', columns: 'post_id->soc_posts, kind:enum(chat|vision)' }));
    expect(p.table.name).toBe('ai__models');
    expect(p.enums).toEqual(['ai__model_kind']);
    expect(p.file.original).toBeNull();
    expect(p.file.path).toMatch(/modules[/\\]ai\.yaml$/);
    expect(p.edit.text).toMatch(/^# yaml-language-server: \$schema=\.\.\/spec\.schema\.json\nversion: 1\nmodule: ai\n/);
  });

  it('types defaults by the column: booleans, numbers, lists, expressions, quoted text', () => {
    const p = plan(
      request({
        name: 'soc_settings',
        columns:
          "is_enabled:boolean=TRUE, n:integer=-3, price:numeric(10,2)=0.10, tags:text[]={}, at:timestamptz=now(), note:text='12', code:text=ab",
      }),
    );
    const defaults = Object.fromEntries(p.table.columns.map((c) => [c.name, c.default?.sql ?? null]));
    expect(defaults).toMatchObject({
      is_enabled: 'true',
      n: '-3',
      price: "'0.10'",
      tags: "'{}'::text[]",
      at: 'now()',
      note: "'12'",
      code: "'ab'",
    });
  });

  describe('refuses, with the place and the fix', () => {
    it('an unknown foreign key target, suggesting the table of the same module first', () => {
      const error = refusal(request({ name: 'soc_shares', columns: 'post_id:uuid->posts' }));
      expect(error).toMatchObject({
        code: 'unknown-fk-target',
        origin: { kind: 'column', index: 0, span: { start: 14, end: 19 } },
        hint: 'write ->soc_posts',
      });
      expect(error.message).toContain('did you mean "soc_posts"');
    });

    it('a name that nearly duplicates a table of the module', () => {
      const error = refusal(request({ name: 'soc_likes_posts', columns: 'note:text' }));
      expect(error).toMatchObject({ code: 'near-duplicate-table', origin: { kind: 'name' } });
      expect(error.message).toContain('soc_post_likes');
    });

    it('an existing name', () => {
      expect(refusal(request({ name: 'polls', module: 'soc', columns: 'note:text' }))).toMatchObject({
        code: 'duplicate-table',
        origin: { kind: 'name' },
      });
    });

    it("another module's prefix", () => {
      const error = refusal(request({ name: 'mkt_things', module: 'soc', columns: 'note:text' }));
      expect(error).toMatchObject({ code: 'table-prefix', origin: { kind: 'name' } });
      expect(error.hint).toContain('soc_things');
    });

    it('a name without prefix and no module', () => {
      expect(refusal(request({ name: 'things', columns: 'note:text' }))).toMatchObject({
        code: 'module-required',
        origin: { kind: 'module' },
      });
      expect(refusal(request({ name: 'things', module: 'sco', columns: 'note:text' })).message).toContain('did you mean "soc"');
    });

    it('a reference to a module the module may not reference', () => {
      const error = refusal(request({ name: 'soc_promotions', columns: 'note:text, campaign_id->mkt_campaigns' }));
      expect(error).toMatchObject({ code: 'module-reference', origin: { kind: 'column', index: 1, span: { start: 24, end: 37 } } });
    });

    it('a foreign key whose type differs from the key', () => {
      const error = refusal(request({ name: 'soc_shares', columns: 'post_id:integer->soc_posts' }));
      expect(error).toMatchObject({ code: 'invalid-foreign-key', origin: { kind: 'column', index: 0, span: { start: 17, end: 26 } } });
    });

    it('a live table referencing a planned one', () => {
      expect(refusal(request({ name: 'soc_poll_votes', columns: 'poll_id->soc_polls' }))).toMatchObject({ code: 'phase-order' });
    });

    it('a lint error in a column, pointing at its name', () => {
      const error = refusal(request({ name: 'soc_shares', columns: 'post_id->soc_posts, anonymous:boolean' }));
      expect(error).toMatchObject({ code: 'boolean-prefix', origin: { kind: 'column', index: 1, span: { start: 20, end: 29 } } });
    });

    it('bad syntax, at its position', () => {
      expect(refusal(request({ name: 'soc_shares', columns: 'post_id:uuid->soc_posts question:text' }))).toMatchObject({
        code: 'column-syntax',
        origin: { kind: 'column', span: { start: 24 } },
      });
    });

    it('an unknown type', () => {
      expect(refusal(request({ name: 'soc_shares', columns: 'a_id:uuid, note:txt' }))).toMatchObject({
        code: 'unknown-type',
        origin: { kind: 'column', index: 1, span: { start: 16, end: 19 } },
      });
    });

    it('a column the standard set already adds', () => {
      const error = refusal(request({ name: 'soc_shares', columns: 'note:text, created_at:timestamptz' }));
      expect(error).toMatchObject({ code: 'duplicate-column', origin: { kind: 'column', index: 1, span: { start: 11, end: 21 } } });
      expect(error.hint).toContain('--no-defaults');
    });

    it('an enum default that is not one of its values, and an enum that exists', () => {
      expect(refusal(request({ name: 'soc_shares', columns: 'kind:enum(a|b)=c' }))).toMatchObject({
        code: 'invalid-default',
        origin: { span: { start: 15, end: 16 } },
      });
      expect(refusal(request({ name: 'soc_post', columns: 'type:enum(a|b)' }))).toMatchObject({ code: 'duplicate-enum' });
    });

    it('a missing description, pointing at --description', () => {
      const error = refusal(request({ name: 'soc_shares', description: undefined, columns: 'note:text' }));
      expect(error).toMatchObject({ code: 'description-required', origin: { kind: 'description' } });
      expect(error.hint).toContain('--description');
    });

    it('a table without key or timestamps under --no-defaults', () => {
      const result = planNewTable(context(), request({ name: 'soc_shares', defaults: false, columns: 'note:text' }));
      expect(result.plan).toBeNull();
      expect(result.issues.map((i) => [i.code, i.origin?.kind])).toEqual(
        expect.arrayContaining([
          ['primary-key', 'table'],
          ['timestamp-columns', 'table'],
        ]),
      );
    });
  });

  it('does not count lint problems the spec already has', () => {
    const { root, dir } = tempMiniSpec();
    // A pre-existing lint error elsewhere (a singular table name) must not block new tables.
    const mkt = `${dir}/modules/mkt.yaml`;
    writeModuleFile(mkt, readFileSync(mkt, 'utf8'), readFileSync(mkt, 'utf8').replace('mkt_campaigns', 'mkt_campaign'));
    const ctx = context(root);
    expect(ctx.baselineDiagnostics(['plural-table', 'primary-key']).map((d) => d.subject)).toEqual(['mkt_campaign']);
    expect(plan(request({ name: 'soc_shares', columns: 'post_id->soc_posts' }), ctx).warnings).toEqual([]);
  });
});
