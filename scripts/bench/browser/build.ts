/**
 * Builds what the browser benchmark serves, into a temporary folder: the app exactly as
 * `vite build` ships it (the project's vite.config.ts), and the bare Cytoscape page.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BARE_ROOT = path.join(REPO_ROOT, 'scripts/bench/bare');

export async function buildApp(outDir: string): Promise<string> {
  await build({
    root: REPO_ROOT,
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`bench/build: vite wrote no index.html in ${outDir}`);
  return outDir;
}

export async function buildBare(outDir: string): Promise<string> {
  await build({
    root: BARE_ROOT,
    configFile: false,
    base: './',
    publicDir: false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

/** Files under `dir` (relative paths), recursively. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}
