import type { SeedProgress } from './run-seed.js';

/**
 * A one-line progress bar for a terminal, redrawn in place at most ten times a second:
 * `[██████░░░░░░] 52% 61,200/117,000 rows  soc_posts`. Nothing is drawn when `write` is null
 * (output piped to a file or a CI log).
 */
export function progressBar(write: ((text: string) => void) | null, width = 28): { update(p: SeedProgress): void; done(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      if (!write) return;
      const now = Date.now();
      if (now - last < 100 && p.done < p.total) return;
      last = now;
      const share = p.total === 0 ? 1 : Math.min(1, p.done / p.total);
      const filled = Math.round(share * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      write(
        `\r\u001b[2K[${bar}] ${String(Math.floor(share * 100)).padStart(3)}% ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} rows  ${p.table}`,
      );
      drawn = true;
    },
    done() {
      if (write && drawn) write('\r\u001b[2K');
    },
  };
}
