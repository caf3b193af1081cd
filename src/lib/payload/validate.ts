/**
 * Checks that an unknown JSON value is a Trama payload this build can read. The app
 * runs it on what it fetched, the export CLI on what it was given: a wrong file must
 * give a clear reason, never a half-drawn graph.
 */
import { NODE_KINDS, SCHEMA_VERSION, type Payload } from '../types';

export type PayloadErrorCode = 'missing' | 'network' | 'json' | 'schema' | 'shape';

/** What is wrong with a payload's shape, as a key the UI translates (`load.shape.<key>`). */
export type ShapeReason = 'not-object' | 'no-meta' | 'nodes-not-array' | 'edges-not-array' | 'bad-node' | 'node-no-metrics' | 'bad-edge' | 'dangling-edge'
  | 'json-end' | 'json-at' | 'json-other';

export class PayloadError extends Error {
  readonly code: PayloadErrorCode;
  /** The reason in English, for logs and the CLI. */
  readonly detail: string;
  readonly found?: unknown;
  /** For shape errors: the same reason as a key and its values, so the app can say it in its language. */
  readonly reason?: { key: ShapeReason; params: Record<string, string | number> };
  constructor(code: PayloadErrorCode, detail: string, found?: unknown, reason?: PayloadError['reason']) {
    super(`payload: ${code}: ${detail}`);
    this.name = 'PayloadError';
    this.code = code;
    this.detail = detail;
    this.found = found;
    this.reason = reason;
  }
}

const shape = (key: ShapeReason, detail: string, params: Record<string, string | number> = {}) =>
  new PayloadError('shape', detail, undefined, { key, params });

const KINDS = new Set<string>(NODE_KINDS);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parsePayloadText(text: string): Payload {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new PayloadError('json', message, undefined, jsonReason(text, message));
  }
  return validatePayload(value);
}

/**
 * Where JSON.parse stopped, as a reason the UI can say in its own language (the engine's
 * message is in English, and worded differently by each engine): the end of the text (a
 * truncated download), a line and column, or neither when the engine does not say.
 */
function jsonReason(text: string, message: string): NonNullable<PayloadError['reason']> {
  if (/end of (JSON )?(input|data)|unterminated/i.test(message) || text.trim() === '') return { key: 'json-end', params: {} };
  const at = /position (\d+)/.exec(message);
  if (!at) return { key: 'json-other', params: {} };
  const position = Math.min(Number(at[1]), text.length);
  if (position >= text.trimEnd().length) return { key: 'json-end', params: {} };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { key: 'json-at', params: { line, column: position - lineStart + 1 } };
}

export function validatePayload(value: unknown): Payload {
  if (!isObject(value)) throw shape('not-object', 'not a JSON object');
  if (value.schemaVersion !== SCHEMA_VERSION) {
    throw new PayloadError('schema', `schemaVersion ${JSON.stringify(value.schemaVersion)}`, value.schemaVersion);
  }
  if (!isObject(value.meta)) throw shape('no-meta', '"meta" is missing');
  if (!Array.isArray(value.nodes)) throw shape('nodes-not-array', '"nodes" is not an array');
  if (!Array.isArray(value.edges)) throw shape('edges-not-array', '"edges" is not an array');
  const ids = new Set<string>();
  value.nodes.forEach((n, i) => {
    if (!isObject(n) || typeof n.id !== 'string' || typeof n.label !== 'string' || !KINDS.has(n.kind as string)) {
      throw shape('bad-node', `node ${i} lacks a string id, a label or a known kind`, { n: String(i) });
    }
    if (!isObject(n.metrics)) throw shape('node-no-metrics', `node ${n.id} has no metrics`, { id: n.id });
    ids.add(n.id);
  });
  value.edges.forEach((e, i) => {
    if (!isObject(e) || typeof e.source !== 'string' || typeof e.target !== 'string') {
      throw shape('bad-edge', `edge ${i} lacks a source or a target`, { n: String(i) });
    }
    if (!ids.has(e.source) || !ids.has(e.target)) {
      throw shape('dangling-edge', `edge ${String(e.id ?? i)} points to a node that does not exist`, { id: String(e.id ?? i) });
    }
  });
  const p = value as unknown as Payload;
  // Optional collections default to empty so readers need not guard each one.
  p.organismGraph ??= { nodes: [], edges: [] };
  p.rawLines ??= [];
  p.diagnostics ??= [];
  return p;
}
