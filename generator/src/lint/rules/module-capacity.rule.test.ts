import { testRule } from '../test-support/lint-fixture.js';
import { moduleCapacityRule } from './module-capacity.rule.js';

const tables = (n: number) =>
  `tables:\n${Array.from({ length: n }, (_, i) => `  soc_things_${i}s:\n    description: T.\n    use: [id]\n    columns:\n      label: text\n`).join('')}`;
const soc = (n: number, y2: number) => ({ modules: { soc: tables(n) }, declare: { soc: { targets: { current: 0, y1: y2, y2 } } } });

testRule(moduleCapacityRule, {
  valid: [
    { name: 'under the Year 2 target', spec: soc(2, 3) },
    { name: 'exactly at it', spec: soc(3, 3) },
  ],
  invalid: [
    {
      name: 'over it',
      spec: soc(4, 3),
      errors: [{ messageId: 'over', subject: 'module soc', message: 'has 4 tables, over its Year 2 target of 3' }],
    },
  ],
});
