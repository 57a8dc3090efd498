import type { Emitter } from '../emitter.js';
import { dependencyOrder } from './table-order.js';
import {
  addForeignKey,
  createEnumType,
  createExtension,
  createIndex,
  createTable,
  createUpdatedAtTrigger,
  enumComment,
  hasUpdatedAt,
  requiredExtensions,
  SET_UPDATED_AT_FUNCTION,
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
      extensions: requiredExtensions(model).map(createExtension),
      enums: model.enums.map(createEnumType),
      setUpdatedAtFunction: model.tables.some(hasUpdatedAt) ? SET_UPDATED_AT_FUNCTION : null,
      tables: tables.map(createTable),
      foreignKeys: tables.flatMap((t) => t.foreignKeys.map((fk) => addForeignKey(t.name, fk))),
      indexes: tables.flatMap((t) => t.indexes.map((i) => createIndex(t.name, i))),
      triggers: tables.filter(hasUpdatedAt).map((t) => createUpdatedAtTrigger(model, t)),
      comments: [...model.enums.filter((e) => e.description).map(enumComment), ...tables.flatMap(tableComments)],
    };
    return new Map([[SCHEMA_SQL_PATH, ctx.templates.render('sql/schema.sql', view)]]);
  },
};
