/**
 * The payloads produced by the team, when they exist: the hand-made mini fixture and the
 * pipeline's output from the seed. Tests on them are skipped (listed as absent) otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { parsePayloadText } from '../../../src/lib/payload/validate';

const CANDIDATES = ['test/fixtures/payload/mini.json', 'public/data/graph.json'];

export function loadRealPayloads(): Array<{ name: string; index: PlanIndex }> {
  return CANDIDATES.filter((f) => existsSync(f)).map((f) => ({ name: f, index: new PlanIndex(parsePayloadText(readFileSync(f, 'utf8'))) }));
}
