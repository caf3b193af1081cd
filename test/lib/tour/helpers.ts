/** Payloads for the tour tests: the mini fixture, the real seed (through the CLI), and hostile variants. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { validatePayload } from '../../../src/lib/payload/validate';
import type { Payload } from '../../../src/lib/types';

const root = path.resolve(import.meta.dirname, '../../..');

export function miniPayload(): Payload {
  return validatePayload(JSON.parse(readFileSync(path.join(root, 'test/fixtures/payload/mini.json'), 'utf8')));
}

let seed: Payload | null = null;
/** The seed document through the real pipeline (npm run graph), written to a temp file. */
export function seedPayload(): Payload {
  if (seed) return structuredClone(seed);
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'trama-tour-')), 'graph.json');
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/graph.ts', '--quiet', '--out', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  seed = validatePayload(JSON.parse(readFileSync(out, 'utf8')));
  return structuredClone(seed);
}

export const index = (p: Payload) => new PlanIndex(p);

export const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  'javascript:alert(1)',
  '</script><!--',
];

/** The payload with hostile text in every label (and one very long one). */
export function hostile(p: Payload): Payload {
  const q = structuredClone(p);
  q.nodes.forEach((n, i) => {
    n.label = `${HOSTILE[i % HOSTILE.length]} ${n.label}${i === 0 ? ' ' + 'x'.repeat(5000) : ''}`;
  });
  return q;
}
