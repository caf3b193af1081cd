/** Runs `scripts/graph.ts` as `npm run graph` does, from the repository root. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED = 'seeds/000_21ae8c23261b0544.txt';
export const REGISTRY = 'seeds/organisms.json';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function graphCli(args: string[], env: Record<string, string> = {}): CliResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/graph.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'trama-cli-'));
}
