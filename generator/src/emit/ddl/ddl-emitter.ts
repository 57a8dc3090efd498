import type { Emitter } from '../emitter.js';
import { quoteIdent as q, quoteLiteral } from '../../sql/quote.js';
import { dependencyOrder } from './table-order.js';
import {
  addForeignKey,
  createIndex,
  createUpdatedAtTrigger,
  hasUpdatedAt,
  requiredExtensions,
  tableBodyLines,
  tableComments,
} from './ddl-statements.js';

export const SCHEMA_SQL_PATH = 'packages/db/sql/schema.sql';

/** `packages/db/sql/schema.sql`: the whole schema of the built phase, runnable on an empty database. */
export const ddlEmitter: Emitter = {
  name: 'ddl',
  owns: ['packages/db/sql'],
  emit(model, ctx) {
    const tables = dependencyOrder(model.tables);
    const view = {
      title: `Schema of ${model.name}`,
      phase: ctx.phase,
      tableCount: model.tables.length,
      enumCount: model.enums.length,
      extensions: requiredExtensions(model).map(q),
      enums: model.enums.map((e) => ({ name: q(e.name), values: e.values.map(quoteLiteral).join(', ') })),
      hasUpdatedAtTrigger: model.tables.some(hasUpdatedAt),
      tables: tables.map((t) => ({ name: q(t.name), lines: tableBodyLines(t) })),
      foreignKeys: tables.flatMap((t) => t.foreignKeys.map((fk) => addForeignKey(t.name, fk))),
      indexes: tables.flatMap((t) => t.indexes.map((i) => createIndex(t.name, i))),
      triggers: tables.filter(hasUpdatedAt).map((t) => createUpdatedAtTrigger(model, t)),
      comments: [
        ...model.enums.filter((e) => e.description).map((e) => `COMMENT ON TYPE ${q(e.name)} IS ${quoteLiteral(e.description ?? '')};`),
        ...tables.flatMap(tableComments),
      ],
    };
    return new Map([[SCHEMA_SQL_PATH, ctx.templates.render('sql/schema.sql', view)]]);
  },
};
