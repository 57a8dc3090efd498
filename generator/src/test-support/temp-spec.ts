import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Writes a spec into a fresh temp folder: `files` maps paths relative to it (`spec.yaml`,
 * `modules/soc.yaml`) to contents. Returns the folder and the root file's path.
 */
export function writeTempSpec(files: Record<string, string>): { dir: string; root: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gen-spec-'));
  mkdirSync(join(dir, 'modules'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, root: join(dir, 'spec.yaml') };
}

/** Copies a spec folder (root file + modules/) so a test can change it. */
export function copySpec(rootPath: string, rootName = 'spec.yaml'): Record<string, string> {
  const files: Record<string, string> = { [rootName]: readFileSync(rootPath, 'utf8') };
  const modulesDir = join(dirname(rootPath), 'modules');
  for (const name of readdirSync(modulesDir)) files[`modules/${name}`] = readFileSync(join(modulesDir, name), 'utf8');
  return files;
}

/** Every file below `dir`, relative, with contents: for asserting nothing was written. */
export function snapshotDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk('');
  return out;
}
