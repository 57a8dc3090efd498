import { testRule, type SpecInput } from '../test-support/lint-fixture.js';
import { moduleReferenceRule } from './module-reference.rule.js';

const REF = `
tables:
  ref_countries:
    description: Countries.
    use: [id, timestamps]
    columns:
      label: text
`;
const SOC = `
tables:
  soc_posts:
    description: Posts.
    use: [id, timestamps]
    columns:
      author_id: { type: uuid, references: profiles }
      country_id: { type: uuid, references: ref_countries }
`;
const spec = (declare: SpecInput['declare'] = {}): SpecInput => ({ modules: { ref: REF, soc: SOC }, declare });
const LAYERS = { core: 0, ref: 1, soc: 5, ai: 7 };

testRule(moduleReferenceRule, {
  valid: [
    { name: 'references to declared modules', spec: spec() },
    { name: 'layered references pointing down', spec: spec(), options: { layers: LAYERS } },
    { name: 'a module may list itself', spec: spec({ soc: { references: ['core', 'ref', 'soc'] } }) },
  ],
  invalid: [
    {
      name: 'a foreign key to an undeclared module',
      spec: spec({ soc: { references: ['core'] } }),
      errors: [{ messageId: 'undeclared', subject: 'soc_posts(country_id)', message: 'add ref to modules.soc.references' }],
    },
    {
      name: 'a cycle between modules',
      spec: spec({ ref: { references: ['core', 'soc'] } }),
      errors: [{ messageId: 'cycle', subject: 'module ref', message: '(ref → soc → ref)' }],
    },
    {
      name: 'a three-module cycle',
      spec: spec({ ref: { references: ['core', 'ai'] }, ai: { references: ['core', 'soc'] } }),
      errors: [{ messageId: 'cycle', message: 'modules ai, ref, soc reference each other in a cycle (ai → soc → ref → ai)' }],
    },
    {
      name: 'a reference up the layers',
      spec: spec({ ref: { references: ['core', 'ai'] }, ai: { references: ['core'] } }),
      options: { layers: LAYERS },
      errors: [{ messageId: 'upward', subject: 'module ref', message: 'remove ai from modules.ref.references' }],
    },
    {
      name: 'a module without a layer',
      spec: spec(),
      options: { layers: { core: 0, ref: 1, soc: 5 } },
      errors: [{ messageId: 'unlayered', subject: 'module ai' }],
    },
  ],
});
