/**
 * Splitting the organisms cell into names. Commas and semicolons separate names, and so do
 * paragraphs, except inside quotes or parentheses: `Istituto "F. Datini, Prato"` and
 * `Polo (Prato, Firenze)` are one name each. Unbalanced openers protect nothing, so one
 * stray quote cannot swallow the rest of the cell.
 */
import { isPlaceholder } from './placeholder';

/** Brackets and quotes that open, and the ones that close them, in the same order. */
const OPENERS = [0x28, 0x5b, 0x7b, 0xab, 0x2039, 0x201c]; // ( [ { « ‹ “
const CLOSERS = [0x29, 0x5d, 0x7d, 0xbb, 0x203a, 0x201d]; // ) ] } » › ”
const RIGHT_DOUBLE_QUOTE = 0x201d;
/** Quotes that open and close alike; `”` also when it closes no `“`. */
const SAME_QUOTES = [0x22, 0xff02]; // " ＂
const SEPARATOR = /[,;]/;
/** List bullets a name may start with (white space aside). */
const BULLETS = '·•▪◦*–—-';
const PROTECTS = /[([{«‹“”"＂]/;

/** Marks the positions inside balanced brackets or quotes. */
function protectedMask(text: string): Uint8Array {
  const depth = new Int32Array(text.length + 1);
  // The stack of open brackets: which kind (its index in OPENERS) and where.
  const openKind: number[] = [];
  const openAt: number[] = [];
  const openCount = [0, 0, 0, 0, 0, 0];
  let quoteAt = -1;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const opens = OPENERS.indexOf(u);
    if (opens >= 0) {
      openKind.push(opens);
      openAt.push(i);
      openCount[opens]! += 1;
      continue;
    }
    const closes = CLOSERS.indexOf(u);
    if (closes >= 0 && openCount[closes]! > 0) {
      // Close the innermost matching opener; openers above it were unbalanced.
      for (;;) {
        const kind = openKind.pop()!;
        const at = openAt.pop()!;
        openCount[kind]! -= 1;
        if (kind === closes) {
          depth[at]! += 1;
          depth[i + 1]! -= 1;
          break;
        }
      }
    } else if (SAME_QUOTES.includes(u) || u === RIGHT_DOUBLE_QUOTE) {
      if (quoteAt < 0) quoteAt = i;
      else {
        depth[quoteAt]! += 1;
        depth[i + 1]! -= 1;
        quoteAt = -1;
      }
    }
  }
  const mask = new Uint8Array(text.length);
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    level += depth[i]!;
    mask[i] = level > 0 ? 1 : 0;
  }
  return mask;
}

/** Trims a name and any list bullet before it; '' when nothing is left, or when what is
 *  left only says there is none ("n.d.", "/": placeholder.ts). */
function tidy(name: string): string {
  // Usually there is only white space to trim: then no regular expression is needed.
  let trimmed = name.trim();
  if (trimmed !== '' && BULLETS.includes(trimmed[0]!)) trimmed = name.replace(/^[\s·•▪◦*–—-]+/, '').trim();
  return isPlaceholder(trimmed) ? '' : trimmed;
}

/** Names in one paragraph of the organisms cell. */
function splitParagraph(text: string, out: string[]): void {
  if (!SEPARATOR.test(text)) {
    const name = tidy(text);
    if (name !== '') out.push(name);
    return;
  }
  if (!PROTECTS.test(text)) {
    // Nothing protects a separator: every comma and semicolon splits, as the native split does.
    for (const part of text.split(SEPARATOR)) {
      const name = tidy(part);
      if (name !== '') out.push(name);
    }
    return;
  }
  const mask = protectedMask(text);
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !(mask[i] === 0 && (text[i] === ',' || text[i] === ';'))) continue;
    const name = tidy(text.slice(start, i));
    if (name !== '') out.push(name);
    start = i + 1;
  }
}

/** Organism names as written, in order, from the cleaned paragraphs of the organisms cell. */
export function splitOrganisms(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) splitParagraph(p, out);
  return out;
}

/** A name a page break may have made of two: the text before the break ends it, the text after starts it. */
export interface NameAcrossBreak {
  /** The name as the row reads it, both halves joined by a space. */
  name: string;
  /** The last name before the break and the first after it, each alone. */
  head: string;
  tail: string;
}

/**
 * When a page break split the organisms cell mid-paragraph and the continuation is joined
 * on with a space, the name at the join is either one name the break cut in two ("Museo
 * del" + "Tessuto") or two names whose comma the break lost ("Consiag srl" + "Estra spa").
 * Text alone cannot tell (the registry can: graph/organism-nodes.ts), so this says which
 * name is at the join, or undefined when the join is not inside one name (a separator on
 * either side, or quotes and brackets that span it).
 */
export function nameAcrossBreak(before: string, after: string): NameAcrossBreak | undefined {
  const heads = splitOrganisms([before]);
  const tails = splitOrganisms([after]);
  const joined = splitOrganisms([`${before} ${after}`]);
  if (heads.length === 0 || tails.length === 0 || joined.length !== heads.length + tails.length - 1) return undefined;
  const at = heads.length - 1;
  const head = heads[at]!;
  const tail = tails[0]!;
  const name = joined[at]!;
  if (name !== `${head} ${tail}`) return undefined;
  return { name, head, tail };
}
