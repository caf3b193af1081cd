/**
 * The folders the benchmark serves, one per page and size: the built app (or the bare
 * page) copied as is, with data/graph.json replaced by the payload to draw. The app is
 * unchanged: it fetches ./data/graph.json as it always does.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PayloadError, parsePayloadText } from '../../../src/lib/payload/validate';
import type { Payload } from '../../../src/lib/types';
import { REPO_ROOT } from './build';

export function writeSite(siteRoot: string, name: string, build: string, payloadJson: string): string {
  const dir = path.join(siteRoot, name);
  cpSync(build, dir, { recursive: true });
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  writeFileSync(path.join(dir, 'data/graph.json'), payloadJson);
  return dir;
}

export type SeedPayload = { ok: true; json: string; payload: Payload } | { ok: false; reason: string };

/** The real payload `npm run graph` wrote, if there is a valid one to measure. */
export function readSeedPayload(file = path.join(REPO_ROOT, 'public/data/graph.json')): SeedPayload {
  if (!existsSync(file)) return { ok: false, reason: `${path.relative(REPO_ROOT, file)} is missing (run npm run graph)` };
  const json = readFileSync(file, 'utf8');
  try {
    return { ok: true, json, payload: parsePayloadText(json) };
  } catch (e) {
    const why = e instanceof PayloadError ? e.message : String(e);
    return { ok: false, reason: `${path.relative(REPO_ROOT, file)} is not a valid payload (${why})` };
  }
}
