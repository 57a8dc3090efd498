import type { Model } from '../../model/model.js';
import { testRule } from '../test-support/lint-fixture.js';
import { moduleOwnerRule } from './module-owner.rule.js';

const setOwner = (key: string, owner: string) => (m: Model) => ({
  ...m,
  modules: m.modules.map((x) => (x.key === key ? { ...x, owner } : x)),
});
const onlyCore = { declare: { ref: null, soc: null, ai: null } };

testRule(moduleOwnerRule, {
  valid: [{ name: 'every module owned by a team with a handle', spec: {} }],
  invalid: [
    {
      name: 'a team without a handle',
      spec: { ...onlyCore, teams: { alpha: { title: 'Team Alpha' } } },
      errors: [{ messageId: 'noHandle', subject: 'module core' }],
    },
    {
      name: 'no owner (a database-inferred module)',
      spec: {},
      transform: setOwner('soc', ''),
      errors: [{ messageId: 'missing', subject: 'module soc', message: 'set modules.soc.owner' }],
    },
    {
      name: 'an unknown team',
      spec: {},
      transform: setOwner('soc', 'omega'),
      errors: [{ messageId: 'unknown', message: 'use one of alpha' }],
    },
  ],
});
