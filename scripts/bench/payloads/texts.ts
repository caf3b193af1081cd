/**
 * Plan-like Italian texts for synthetic nodes. Length matters more than meaning here: the
 * canvas wraps and measures every label, so each level gets lengths like the real DUP's
 * (short upper-case ambiti, long management objectives, organisms with legal forms).
 */
import type { NodeKind } from '../../../src/lib/types';
import type { Rng } from './random';

const WORDS = (
  'sviluppo promozione città territorio servizi qualità ambiente mobilità sostenibile ' +
  'cultura patrimonio innovazione lavoro impresa distretto tessile formazione scuola ' +
  'giovani comunità sociale inclusione salute benessere sicurezza decoro urbano verde ' +
  'pubblico riqualificazione centro storico periferie trasporto rifiuti raccolta ' +
  'differenziata energia efficienza digitale transizione partecipazione cittadini ' +
  'valorizzazione museo teatro fondazione turismo sport infrastrutture manutenzione ' +
  'strade parcheggi sosta alberature economia circolare acqua reti casa abitare ' +
  'monitoraggio controllo gestione attuazione programma progetto interventi piano'
).split(' ');
const LINKS = ['della', 'delle', 'del', 'dei', 'per la', 'per il', 'e', 'nel', 'nella', 'con', 'attraverso'];
const ORG_PREFIX = ['Fondazione', 'Consorzio', 'Società', 'Agenzia', 'Istituto', 'Polo', 'Azienda'];
const ORG_FORMS = ['S.p.A.', 'S.r.l.', 'S.c.r.l.', 'S.c.a.r.l.', ''];

/** Characters per level: [min, max], from the seed's rows. */
const LENGTHS: Record<NodeKind, [number, number]> = {
  area: [14, 36],
  strategic_objective: [24, 70],
  operational_objective: [40, 120],
  management_objective: [60, 300],
  action: [30, 220],
  organism: [14, 60],
};

function phrase(rng: Rng, min: number, max: number): string {
  const target = rng.int(min, max);
  const parts: string[] = [rng.pick(WORDS)];
  let length = parts[0].length;
  while (length < target) {
    const next = parts.length % 3 === 2 ? rng.pick(LINKS) : rng.pick(WORDS);
    parts.push(next);
    length += next.length + 1;
  }
  const s = parts.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

/** `n` keeps labels distinct, as they are in a real plan (ids derive from them). */
export function synthLabel(kind: NodeKind, n: number, rng: Rng): string {
  if (kind === 'organism') {
    const form = rng.pick(ORG_FORMS);
    const body = phrase(rng, ...LENGTHS.organism);
    return `${rng.pick(ORG_PREFIX)} ${body} ${n}${form ? ' ' + form : ''}`;
  }
  const [min, max] = LENGTHS[kind];
  const text = `${phrase(rng, min, max)} ${n}`;
  return kind === 'area' || kind === 'strategic_objective' ? text.toUpperCase() : text;
}

/** Long texts sometimes hold a second paragraph, as the document's <p> cells do. */
export function synthText(label: string, kind: NodeKind, rng: Rng): string {
  if ((kind === 'management_objective' || kind === 'action') && rng.next() < 0.15) {
    return `${label}\n${phrase(rng, 40, 160)}`;
  }
  return label;
}

export function slug(s: string, max = 60): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
