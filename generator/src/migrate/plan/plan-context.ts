import type { Difference } from '../../drift/difference.js';
import type { Model, Table } from '../../model/model.js';
import type { DatabaseState } from '../database-state.js';
import { statement, type PlannedStatement, type StatementPhase } from './planned-statement.js';

/** Options that change how a change is made (never what the result is). */
export interface PlanOptions {
  /**
   * `add`: ALTER TYPE … ADD VALUE (cheap; the migration writer then puts the new values in a
   * migration of their own, since PostgreSQL refuses to use a value added in the same
   * transaction). `recreate`: replace the type, which works inside one transaction (the legacy
   * migration must be one).
   */
  readonly enumValues?: 'add' | 'recreate';
}

/** What the planner works from (the database before, the spec after) and the statements it collects. */
export class PlanContext {
  readonly statements: PlannedStatement[] = [];
  readonly beforeTables: ReadonlyMap<string, Table>;
  readonly afterTables: ReadonlyMap<string, Table>;
  /** `table|kind|name` of objects a step has already taken care of, so a later step leaves them alone. */
  private readonly handledObjects = new Set<string>();

  constructor(
    readonly after: Model,
    readonly before: DatabaseState,
    readonly differences: readonly Difference[],
    readonly options: PlanOptions,
  ) {
    this.beforeTables = new Map(before.model.tables.map((t) => [t.name, t]));
    this.afterTables = new Map(after.tables.map((t) => [t.name, t]));
  }

  add(phase: StatementPhase, sql: string, notes?: { destructive?: string | null; warning?: string | null }): void {
    this.statements.push(statement(phase, sql, notes));
  }

  /** The warning, only when the table holds rows before the migration (a table it creates is empty). */
  onExisting(table: string, warning: string): string | null {
    return this.beforeTables.has(table) ? warning : null;
  }

  handle(table: string, kind: string, name: string): void {
    this.handledObjects.add(`${table}|${kind}|${name}`);
  }

  handled(table: string, kind: string, name: string): boolean {
    return this.handledObjects.has(`${table}|${kind}|${name}`);
  }
}
