/**
 * Document metadata for the payload: title, edition, section as the parser recognised
 * them, and from them a short citation for images ("DUP 2022/2024 – Nota di
 * aggiornamento, SeO §1.6") and a slug for file names ("dup-2022-2024"). Nothing here
 * knows the seed: each part is derived when recognisable and left out when not.
 */
import type { DocumentMeta, ParsedDocument } from '../dup/types';

export interface DocumentHeading {
  title: string;
  edition?: string;
  section?: string;
  citation: string;
  slug: string;
}

const EDITION = /\b((?:19|20)\d\d)\s*[/–-]\s*((?:19|20)\d\d)\b/;
const SECTION_NUMBER = /(?:^|\s|§)(\d+(?:\.\d+)+)(?=\s|$)/;

export function fileSlug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function documentName(texts: readonly string[]): string | undefined {
  if (texts.some((t) => /documento\s+unico\s+di\s+programmazione|\bDUP\b/i.test(t))) return 'DUP';
  if (texts.some((t) => /piano\s+integrato\s+di\s+attivit/i.test(t))) return 'PIAO';
  return undefined;
}

function sectionShort(texts: readonly string[]): string | undefined {
  const part = texts.some((t) => /sezione\s+operativa|\bSeO\b/i.test(t))
    ? 'SeO'
    : texts.some((t) => /sezione\s+strategica|\bSeS\b/i.test(t))
      ? 'SeS'
      : undefined;
  const number = texts.map((t) => SECTION_NUMBER.exec(t)?.[1]).find((n) => n !== undefined);
  const parts = [part, number && `§${number}`].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

function headingOf(meta: DocumentMeta, fallbackTitle: string): DocumentHeading {
  const texts = [meta.title, meta.edition, meta.section, ...meta.titleLines].filter((t): t is string => !!t);
  const edition = meta.edition ?? texts.map((t) => EDITION.exec(t)).find((m) => m)?.slice(1, 3).join('/');
  const title = meta.title ?? meta.titleLines[0] ?? fallbackTitle;
  const name = documentName(texts);
  const update = meta.update ?? (texts.some((t) => /nota\s+di\s+aggiornamento/i.test(t)) ? 'Nota di aggiornamento' : undefined);
  const head = [name ?? title, name && edition].filter(Boolean).join(' ');
  const section = sectionShort(texts);
  const citation = [head, update].filter(Boolean).join(' – ') + (section ? `, ${section}` : '');
  const slug = fileSlug(name ? [name, edition].filter(Boolean).join(' ') : title) || 'trama';
  return { title, ...(edition && { edition }), ...(meta.section && { section: meta.section }), citation, slug };
}

/** The heading of the first document whose metadata was recognised (else of the first). */
export function documentHeading(docs: readonly ParsedDocument[]): DocumentHeading {
  const doc = docs.find((d) => d.meta.title || d.meta.titleLines.length > 0) ?? docs[0];
  if (doc === undefined) return { title: 'Trama', citation: 'Trama', slug: 'trama' };
  const base = doc.file.split(/[\\/]/).pop() ?? doc.file;
  return headingOf(doc.meta, base.replace(/\.[^.]+$/, ''));
}
