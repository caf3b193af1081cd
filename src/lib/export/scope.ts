/**
 * Scopes: which part of the graph an export holds. Every format is written from a Scope,
 * so the dialog's counts, the files and the CLI agree on what "the selection" means.
 * Edges are the payload's edges with both ends inside; nothing is invented.
 */
import type { PlanIndex } from '../model/plan-index';
import { NODE_KINDS, type NodeKind } from '../types';
import { ExportError } from './errors';
import type { Scope, ScopeKind } from './types';

/** The scope holding exactly `ids` (unknown ids are ignored: a stale selection must not break an export). */
export function scopeOf(index: PlanIndex, ids: Iterable<string> | null, kind: ScopeKind, token: string = kind): Scope {
  const wanted = ids === null ? null : new Set(ids);
  const nodes = index.payload.nodes.filter((n) => wanted === null || wanted.has(n.id));
  const inside = new Set(nodes.map((n) => n.id));
  const edges = index.payload.edges.filter((e) => inside.has(e.source) && inside.has(e.target));
  return { kind, token, nodes, edges };
}

/**
 * The focus of a node: its whole chain (ancestors and descendants) when `depth` is
 * undefined, otherwise its neighbourhood within `depth` steps in either direction.
 */
export function focusIds(index: PlanIndex, id: string, depth?: number): Set<string> {
  if (!index.has(id)) throw new ExportError('unknown-node', `no node has the id "${id}"${suggest(index, id)}`, { id });
  if (depth === undefined) return index.chain(id).nodes;
  if (!Number.isInteger(depth) || depth < 0) {
    throw new ExportError('bad-depth', `invalid depth "${depth}". Expecting a whole number ≥ 0.`, { depth: String(depth) });
  }
  return index.neighbourhood(id, depth);
}

/**
 * What the dialog's "chain or neighbourhood" scope holds: what is lit on the canvas. With a
 * Focus, what the focus shows; without one, the chain the primary selection lights (the
 * rest fades), as far as the canvas draws it. Null when nothing is lit. `centre` names the
 * node the scope is about, for the file name and the alt text.
 */
export function litScope(
  index: PlanIndex,
  view: { focus: { id: string } | null; selection: string | null; shown: ReadonlySet<string> },
): { ids: Set<string>; centre: string } | null {
  if (view.focus) return { ids: new Set(view.shown), centre: view.focus.id };
  const id = view.selection;
  if (!id || !index.has(id) || !view.shown.has(id)) return null;
  return { ids: new Set([...index.chain(id).nodes].filter((n) => view.shown.has(n))), centre: id };
}

export interface ScopeQuery {
  focus?: string;
  depth?: number;
  kinds?: string[];
}

/** The CLI's scope: optionally a focus (chain or neighbourhood), then optionally only some kinds. */
export function queryScope(index: PlanIndex, q: ScopeQuery): Scope {
  const kinds = q.kinds?.length ? parseKinds(q.kinds) : null;
  if (q.depth !== undefined && q.focus === undefined) {
    throw new ExportError('bad-depth', '--depth needs --focus NODE_ID');
  }
  let ids: Set<string> | null = q.focus === undefined ? null : focusIds(index, q.focus, q.depth);
  if (kinds) {
    const base = ids ?? new Set(index.payload.nodes.map((n) => n.id));
    ids = new Set([...base].filter((id) => kinds.has(index.node(id)!.kind)));
  }
  const kind: ScopeKind = q.focus === undefined && !kinds ? 'all' : q.focus === undefined ? 'visible' : 'focus';
  const parts = [q.focus === undefined ? 'all' : `focus-${nodeToken(q.focus)}`];
  if (q.depth !== undefined) parts.push(`d${q.depth}`);
  if (kinds) parts.push([...kinds].join('+'));
  return scopeOf(index, ids, kind, parts.join('-'));
}

export function parseKinds(values: string[]): Set<NodeKind> {
  const out = new Set<NodeKind>();
  for (const v of values.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    if (!(NODE_KINDS as readonly string[]).includes(v)) {
      throw new ExportError('unknown-kind', `unknown kind "${v}". Expecting one of: ${NODE_KINDS.join(', ')}.`, { kind: v });
    }
    out.add(v as NodeKind);
  }
  return out;
}

/** "organism:consiag-servizi-comuni-srl" → "consiag-servizi-comuni-srl", ASCII, at most 40 chars. */
export function nodeToken(id: string): string {
  const tail = id.includes(':') ? id.slice(id.indexOf(':') + 1) : id;
  const ascii = tail
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 40).replace(/-+$/, '') || 'node';
}

function suggest(index: PlanIndex, id: string): string {
  const needle = nodeToken(id);
  const near = index.payload.nodes.filter((n) => n.id.includes(needle)).slice(0, 3);
  return near.length ? `. Did you mean: ${near.map((n) => n.id).join(', ')}?` : '';
}
