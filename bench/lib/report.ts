import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeMachine, finishMachine, machineLines, type Machine } from './machine.js';
import { RESULTS_DIR } from './repo.js';

/** One line of a benchmark's summary: a figure, ours against a peer where there is one. */
export interface Figure {
  readonly name: string;
  readonly value: string;
  /** ours / peer (time) or ours / peer (throughput); null when the figure has no peer. */
  readonly ratio?: number | null;
  /** The target the ratio is held to, e.g. '≤ 0.5×'. */
  readonly target?: string;
  readonly met?: boolean | null;
}

export interface BenchResult {
  readonly bench: string;
  readonly when: string;
  readonly machine: Machine;
  readonly postgres: string | null;
  readonly figures: readonly Figure[];
  readonly details: unknown;
}

/** Collects a benchmark's figures, prints them with the machine, and saves bench/results/<name>.json. */
export class Report {
  private readonly machine = describeMachine();
  private readonly figures: Figure[] = [];
  postgres: string | null = null;

  constructor(readonly bench: string) {}

  log(line: string): void {
    process.stdout.write(`${line}\n`);
  }

  figure(figure: Figure): void {
    this.figures.push(figure);
  }

  table(header: readonly string[], rows: readonly (readonly string[])[]): void {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: readonly string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    this.log(line(header));
    this.log(widths.map((w) => '─'.repeat(w)).join('  '));
    for (const r of rows) this.log(line(r));
  }

  finish(details: unknown): BenchResult {
    const result: BenchResult = {
      bench: this.bench,
      when: new Date().toISOString(),
      machine: finishMachine(this.machine),
      postgres: this.postgres,
      figures: this.figures,
      details,
    };
    this.log('');
    for (const l of machineLines(result.machine, this.postgres)) this.log(l);
    for (const f of this.figures) this.log(`  ${formatFigure(f)}`);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, `${this.bench}.json`), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  }
}

export function formatFigure(f: Figure): string {
  const ratio = f.ratio === undefined || f.ratio === null ? '' : `  ratio ${f.ratio.toFixed(2)}×`;
  const target = f.target ? `  (target ${f.target}${f.met === undefined || f.met === null ? '' : f.met ? ': met' : ': NOT met'})` : '';
  return `${f.name}: ${f.value}${ratio}${target}`;
}
