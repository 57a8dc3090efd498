import { defineRule, docsAnchor } from '../rule.js';
import { moduleByPrefix, moduleIndex, toSnakeCase } from '../support/name-words.js';

/** Enum values are labels, so a leading digit is fine (`18_to_24`); otherwise snake_case. */
const SNAKE_CASE_VALUE = /^[a-z0-9]+(_[a-z0-9]+)*$/;

export const enumNamingRule = defineRule({
  meta: {
    id: 'enum-naming',
    description: "Enum types carry their module's prefix and are named after what they classify; their values are snake_case.",
    defaultSeverity: 'error',
    messages: {
      missingPrefix:
        'enum "{{name}}" belongs to module {{module}} but does not start with its prefix "{{prefix}}"; rename it to "{{suggestion}}" (types share one namespace with tables)',
      prefixedCore: 'core enum "{{name}}" carries the prefix "{{otherPrefix}}" of module {{other}}; move it to module {{other}}',
      enumSuffix: 'enum "{{name}}" ends in "_enum"; rename it to "{{suggestion}}" (name it after what it classifies, e.g. soc_post_status)',
      valueCase: 'value "{{value}}" of enum "{{name}}" is not snake_case; rename it to "{{suggestion}}"',
    },
    docs: docsAnchor('enum-naming'),
  },
  check(model, ctx) {
    const modules = moduleIndex(model);
    for (const enumType of model.enums) {
      const module = modules.get(enumType.module);
      const name = enumType.name;
      if (module && module.prefix === '') {
        const other = moduleByPrefix(name, model);
        if (other) ctx.report({ messageId: 'prefixedCore', enumType, data: { name, otherPrefix: other.prefix, other: other.key } });
      } else if (module && !(name.startsWith(module.prefix) && /^[a-z0-9]/.test(name.slice(module.prefix.length)))) {
        const stem = name.replace(new RegExp(`^${module.prefix.replace(/_+$/, '')}_+`), '');
        ctx.report({
          messageId: 'missingPrefix',
          enumType,
          data: { name, module: module.key, prefix: module.prefix, suggestion: module.prefix + stem },
        });
      }
      if (name.endsWith('_enum'))
        ctx.report({ messageId: 'enumSuffix', enumType, data: { name, suggestion: name.slice(0, -'_enum'.length) } });
      for (const value of enumType.values) {
        if (!SNAKE_CASE_VALUE.test(value))
          ctx.report({ messageId: 'valueCase', enumType, data: { name, value, suggestion: toSnakeCase(value) } });
      }
    }
  },
});
