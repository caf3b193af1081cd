/**
 * Search over every text of the plan (labels, full texts, organism names and acronyms,
 * extra columns), by the rule that says which spellings are one node (dup/match-key.ts):
 * case, accents, punctuation and dots in abbreviations do not count ("sori" finds
 * "So.Ri."), nor do spaces between letters. Hits are ranked: the label equal to the
 * query, then starting with it, then a word of the label starting with it, then anywhere
 * in the label, then every query word starting a word, then the same in the other texts;
 * last, when those find few, near misses: a word one typing slip away ("metastsio").
 * Ties: shorter labels first (the more specific hit), then higher levels of the plan,
 * then alphabetical.
 */
import { matchKey } from '../dup/match-key';
import { KIND_ORDER } from '../model/plan-index';
import type { NodeKind, PayloadNode } from '../types';

export type MatchQuality = 'exact' | 'prefix' | 'word' | 'substring' | 'words' | 'near';
export type MatchField = 'label' | 'text';

export interface SearchHit {
  id: string;
  kind: NodeKind;
  label: string;
  quality: MatchQuality;
  field: MatchField;
  score: number;
  /** Where the node sits (its parent's label), when another hit has the same label. */
  context?: string;
}

interface Entry {
  node: PayloadNode;
  label: string;
  other: string;
  /** For near misses: the texts without spaces, and their words (worked out when first needed). */
  near?: { label: string; other: string; labelWords: string[]; otherWords: string[] };
  /** The label without spaces, for queries typed with spaces between letters. */
  compact?: string;
}

/** Lower case, no diacritics, dotted abbreviations closed up, every run of other
 *  characters a single space: the match key. */
export function normalizeText(s: string): string {
  return matchKey(s);
}

/** Words shorter than this must be typed right: one slip in a short word finds too much. */
const NEAR_MIN_LENGTH = 5;

export class SearchIndex {
  readonly #nodes: readonly PayloadNode[];
  #built: Entry[] | null = null;

  // Normalising every text costs ~0.5 s at 20k nodes: done at the first search, not while
  // the page is drawing the graph.
  constructor(
    nodes: readonly PayloadNode[],
    /** The label of where a node sits (its first parent): tells apart hits labelled alike. */
    private readonly contextOf: (id: string) => string | undefined = () => undefined,
  ) {
    this.#nodes = nodes;
  }

  get #entries(): Entry[] {
    return (this.#built ??= this.#nodes.map((node) => ({
      node,
      label: normalizeText(node.label),
      other: normalizeText(
        [
          node.text,
          node.organism?.canonical,
          node.organism?.short,
          ...Object.values(node.attributes ?? {}),
        ]
          .filter(Boolean)
          .join(' \u0000 '),
      ),
    })));
  }

  search(query: string, limit = 12): SearchHit[] {
    const q = normalizeText(query);
    if (!q) return [];
    const tokens = q.split(' ');
    // Spaces between letters do not count (the identity rule): "S o R i" is So.Ri. itself,
    // not four word starts scattered through unrelated sentences.
    const compactQuery = tokens.length > 1 ? q.replaceAll(' ', '') : null;
    const hits: SearchHit[] = [];
    for (const e of this.#entries) {
      let inLabel = grade(e.label, q, tokens);
      if (compactQuery && (inLabel === null || QUALITY_SCORE[inLabel] > QUALITY_SCORE.prefix)) {
        const compact = (e.compact ??= e.label.replaceAll(' ', ''));
        if (compact === compactQuery) inLabel = 'exact';
        else if (compact.startsWith(compactQuery)) inLabel = 'prefix';
        else if ((inLabel === null || QUALITY_SCORE[inLabel] > QUALITY_SCORE.word) && e.label.includes(' ' + compactQuery)) inLabel = 'word';
      }
      const inOther = inLabel === null ? grade(e.other, q, tokens) : null;
      const quality = inLabel ?? inOther;
      if (quality === null) continue;
      const field: MatchField = inLabel !== null ? 'label' : 'text';
      const score = QUALITY_SCORE[quality] + (field === 'text' ? 10 : 0);
      hits.push({ id: e.node.id, kind: e.node.kind, label: e.node.label, quality, field, score });
    }
    if (hits.length < limit) this.#nearMisses(q, tokens, hits);
    hits.sort(
      (a, b) =>
        a.score - b.score ||
        a.label.length - b.label.length ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.label.localeCompare(b.label, 'it'),
    );
    const shown = hits.slice(0, limit);
    // The same sentence under two objectives is two actions: say which is which.
    const labels = new Map<string, number>();
    for (const h of shown) labels.set(h.label, (labels.get(h.label) ?? 0) + 1);
    for (const h of shown) {
      if (labels.get(h.label)! < 2) continue;
      const context = this.contextOf(h.id);
      if (context !== undefined) h.context = context;
    }
    return shown;
  }

  /** Adds the entries not hit yet that every query word nearly starts a word of. */
  #nearMisses(q: string, tokens: string[], hits: SearchHit[]): void {
    const compactQuery = q.replaceAll(' ', '');
    if (compactQuery.length < 3) return;
    const found = new Set(hits.map((h) => h.id));
    for (const e of this.#entries) {
      if (found.has(e.node.id)) continue;
      const near = (e.near ??= {
        label: e.label.replaceAll(' ', ''), other: e.other.replaceAll(' ', ''), labelWords: e.label.split(' '), otherWords: e.other.split(' '),
      });
      const inLabel = nearly(near.label, near.labelWords, compactQuery, tokens);
      if (!inLabel && !nearly(near.other, near.otherWords, compactQuery, tokens)) continue;
      const field: MatchField = inLabel ? 'label' : 'text';
      hits.push({ id: e.node.id, kind: e.node.kind, label: e.node.label, quality: 'near', field, score: QUALITY_SCORE.near + (field === 'text' ? 10 : 0) });
    }
  }
}

/** The text without its spaces holds the query without its (the identity rule: "so ri" is
 *  "sori"), or each query word is a word of the text or its start, one slip away. */
function nearly(compact: string, words: string[], compactQuery: string, tokens: string[]): boolean {
  if (!compact) return false;
  if (compact.includes(compactQuery)) return true;
  return tokens.every((t) => words.some((w) => oneSlipAway(t, w)));
}

/**
 * Whether `typed` is `word`, or the start of it, but for one slip: a letter left out, one
 * too many, one wrong, or two next to each other swapped. Short words must match exactly.
 */
export function oneSlipAway(typed: string, word: string): boolean {
  if (typed.length < NEAR_MIN_LENGTH) return word.startsWith(typed);
  // Compare with the start of the word as long as what was typed, give or take a letter.
  for (const length of [typed.length, typed.length - 1, typed.length + 1]) {
    if (length > word.length || length <= 0) continue;
    if (withinOneEdit(typed, word.slice(0, length))) return true;
  }
  return false;
}

/** Optimal string alignment distance ≤ 1 (insert, delete, substitute, adjacent swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One substitution, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter more on the longer side.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const QUALITY_SCORE: Record<MatchQuality, number> = { exact: 0, prefix: 1, word: 2, substring: 3, words: 4, near: 30 };

function grade(hay: string, q: string, tokens: string[]): MatchQuality | null {
  if (!hay) return null;
  if (hay === q) return 'exact';
  if (hay.startsWith(q)) return 'prefix';
  const at = hay.indexOf(q);
  if (at > 0 && hay[at - 1] === ' ') return 'word';
  if (at >= 0) return 'substring';
  // Every word of the query starts a word of the text, in any order ("prato centro").
  if (tokens.length > 1 && tokens.every((t) => hay.startsWith(t) || hay.includes(' ' + t))) return 'words';
  return null;
}
