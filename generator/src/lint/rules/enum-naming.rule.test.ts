import { testRule } from '../test-support/lint-fixture.js';
import { enumNamingRule } from './enum-naming.rule.js';

const enums = (module: string, name: string, values: string) => ({ modules: { [module]: `enums:\n  ${name}:\n    values: ${values}\n` } });

testRule(enumNamingRule, {
  valid: [
    { name: 'a prefixed enum with snake_case values', spec: enums('soc', 'soc_post_status', '[draft, published, in_review]') },
    { name: 'ai__', spec: enums('ai', 'ai__model_kind', '[text, image]') },
    { name: 'a core enum is unprefixed', spec: enums('core', 'profile_type', '[farmer, vet]') },
    { name: 'values may start with a digit', spec: enums('soc', 'soc_age_band', '[18_to_24, 25_plus]') },
  ],
  invalid: [
    {
      name: 'without the module prefix',
      spec: enums('soc', 'post_status', '[draft]'),
      errors: [{ messageId: 'missingPrefix', subject: 'enum post_status', message: 'rename it to "soc_post_status"' }],
    },
    {
      name: 'ai_ instead of ai__',
      spec: enums('ai', 'ai_model_kind', '[text]'),
      errors: [{ messageId: 'missingPrefix', message: '"ai__model_kind"' }],
    },
    { name: 'a core enum with a module prefix', spec: enums('core', 'soc_kind', '[a]'), errors: [{ messageId: 'prefixedCore' }] },
    { name: '_enum suffix', spec: enums('soc', 'soc_status_enum', '[a]'), errors: [{ messageId: 'enumSuffix', message: '"soc_status"' }] },
    {
      name: 'values not in snake_case',
      spec: enums('soc', 'soc_post_status', '[Draft, in-review, "on hold"]'),
      errors: [
        { messageId: 'valueCase', message: '"draft"' },
        { messageId: 'valueCase', message: '"in_review"' },
        { messageId: 'valueCase', message: '"on_hold"' },
      ],
    },
  ],
});
