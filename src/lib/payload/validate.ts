/**
 * Checks that an unknown JSON value is a Trama payload this build can read. The app
 * runs it on what it fetched, the export CLI on what it was given: a wrong file must
 * give a clear reason, never a half-drawn graph.
 */
import { NODE_KINDS, SCHEMA_VERSION, type Payload } from '../types';

export type PayloadErrorCode = 'missing' | 'network' | 'json' | 'schema' | 'shape';

export class PayloadError extends Error {
  readonly code: PayloadErrorCode;
  readonly detail: string;
  readonly found?: unknown;
  constructor(code: PayloadErrorCode, detail: string, found?: unknown) {
    super(`payload: ${code}: ${detail}`);
    this.name = 'PayloadError';
    this.code = code;
    this.detail = detail;
    this.found = found;
  }
}

const KINDS = new Set<string>(NODE_KINDS);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parsePayloadText(text: string): Payload {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PayloadError('json', (e as Error).message);
  }
  return validatePayload(value);
}

export function validatePayload(value: unknown): Payload {
  if (!isObject(value)) throw new PayloadError('shape', 'not a JSON object');
  if (value.schemaVersion !== SCHEMA_VERSION) {
    throw new PayloadError('schema', `schemaVersion ${JSON.stringify(value.schemaVersion)}`, value.schemaVersion);
  }
  if (!isObject(value.meta)) throw new PayloadError('shape', '"meta" is missing');
  if (!Array.isArray(value.nodes)) throw new PayloadError('shape', '"nodes" is not an array');
  if (!Array.isArray(value.edges)) throw new PayloadError('shape', '"edges" is not an array');
  const ids = new Set<string>();
  value.nodes.forEach((n, i) => {
    if (!isObject(n) || typeof n.id !== 'string' || typeof n.label !== 'string' || !KINDS.has(n.kind as string)) {
      throw new PayloadError('shape', `node ${i} lacks a string id, a label or a known kind`);
    }
    if (!isObject(n.metrics)) throw new PayloadError('shape', `node ${n.id} has no metrics`);
    ids.add(n.id);
  });
  value.edges.forEach((e, i) => {
    if (!isObject(e) || typeof e.source !== 'string' || typeof e.target !== 'string') {
      throw new PayloadError('shape', `edge ${i} lacks a source or a target`);
    }
    if (!ids.has(e.source) || !ids.has(e.target)) {
      throw new PayloadError('shape', `edge ${String(e.id ?? i)} points to a node that does not exist`);
    }
  });
  const p = value as unknown as Payload;
  // Optional collections default to empty so readers need not guard each one.
  p.organismGraph ??= { nodes: [], edges: [] };
  p.rawLines ??= [];
  p.diagnostics ??= [];
  return p;
}
