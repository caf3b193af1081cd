/**
 * Synthetic DUP documents of N table rows, shaped like the real one: title lines, a
 * header repeated on every "page" with a footer between pages, several ambiti with
 * nested objectives of uneven fan-out, <b>/<i> markup, actions in <p> paragraphs,
 * organisms from the registry (in their various spellings) plus a few unknown, merged
 * cells printed once (empty leading cells carried down) and page-break continuation
 * rows. Deterministic: the same (rows, seed) gives the same bytes.
 *
 *   npx tsx scripts/synthetic.ts ROWS [--seed N] [--registry FILE] > doc.txt
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../src/lib/graph/metrics/components';

export interface SyntheticOptions {
  rows: number;
  seed?: number;
  /** Organism names to draw from (registry canonical names and aliases). */
  organisms: readonly string[];
  /** Share of organism mentions naming an organism the registry does not know. */
  unknownShare?: number;
}

export const HEADER = 'AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI';
const UNKNOWN = ['Ente Sperimentale Pratese srl', 'Consorzio Valbisenzio Futura', 'Agenzia Tessile Digitale S.p.A.', 'Fondazione Nuove Arti'];
const VERBS = ['Promuovere', 'Sviluppare', 'Garantire', 'Migliorare', 'Rafforzare', 'Valorizzare', 'Potenziare', 'Consolidare', 'Ridurre', 'Incrementare'];
const THINGS = ['la qualità dei servizi', "l'offerta culturale", 'il verde urbano', 'la mobilità sostenibile', 'la riscossione delle entrate', 'il decoro degli spazi pubblici', "l'edilizia residenziale pubblica", 'la formazione professionale', "l'economia circolare", 'la partecipazione dei cittadini'];
const WHERE = ['nel centro storico', 'nei quartieri', 'nelle frazioni', 'nel distretto tessile', 'in collaborazione con la Regione', 'con le scuole', 'con le associazioni del territorio', "entro l'anno"];
const AREAS = ['CITTÀ IMPRESA INNOVAZIONE E LAVORO', 'CITTÀ DEL FUTURO', 'CITTÀ DIRITTI E OPPORTUNITÀ', 'CITTÀ COME MOTORE DEL CAMBIAMENTO', 'CITTÀ DELLA CULTURA', 'CITTÀ SICURA', 'CITTÀ CHE EDUCA', 'CITTÀ IN SALUTE'];

export function generateDocument(options: SyntheticOptions): string {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  let serial = 0;
  const sentence = () => `${pick(VERBS)} ${pick(THINGS)} ${pick(WHERE)} (${++serial})`;
  const areaCount = Math.max(3, Math.min(60, Math.round(Math.sqrt(options.rows) / 6)));
  const areas = Array.from({ length: areaCount }, (_, i) => (i < AREAS.length ? AREAS[i] : `${pick(AREAS)} ${i + 1}`));
  const unknownShare = options.unknownShare ?? 0.02;

  const out: string[] = ['', '## **NOTA DI AGGIORNAMENTO**', '', '### **DOCUMENTO UNICO DI PROGRAMMAZIONE 2030/2032**', '',
    '## **SEZIONE OPERATIVA (SEO)**', '', '## 1.6 Obiettivi gestionali degli organismi partecipati', ''];
  let page = 0;
  let onPage = 0;
  let pageLength = between(6, 14);
  let level = { area: '', so: '', oo: '', mo: '' };
  let moLeft = 0, ooLeft = 0, soLeft = 0;
  const newPage = () => {
    if (page > 0) out.push('', `pag. ${page + 200}`, '');
    out.push(HEADER);
    page++;
    onPage = 0;
    pageLength = between(6, 14);
  };
  newPage();
  for (let r = 0; r < options.rows; r++) {
    if (onPage >= pageLength) newPage();
    const previous = { ...level };
    if (moLeft-- <= 0) {
      moLeft = between(0, 3);
      level.mo = sentence();
      if (ooLeft-- <= 0) {
        ooLeft = between(0, 4);
        level.oo = sentence();
        if (soLeft-- <= 0) {
          soLeft = between(1, 6);
          level.so = `${pick(THINGS).toUpperCase()} ${++serial}`;
          level.area = areas[Math.floor(random() * areas.length)];
        }
      }
    }
    const actions = Array.from({ length: random() < 0.2 ? between(2, 4) : 1 }, () => `Azione: ${sentence()}`);
    const organisms = Array.from({ length: between(1, 3) }, () => (random() < unknownShare ? pick(UNKNOWN) : pick(options.organisms)));
    const bold = random() < 0.4;
    let cells = [
      bold ? `<b>${level.area}</b>` : level.area,
      bold ? `<b>${level.so}</b>` : level.so,
      `<i>${level.oo}</i>`,
      level.mo,
      actions.length > 1 ? actions.map((a) => `<p>${a}</p>`).join(' ') : actions[0],
      [...new Set(organisms)].join(', '),
    ];
    // A merged cell printed once: same leading cells left empty (never first on a page).
    if (onPage > 0 && random() < 0.15) {
      const same = [previous.area === level.area, previous.so === level.so, previous.oo === level.oo, previous.mo === level.mo];
      let k = 0;
      while (k < 4 && same[k]) k++;
      if (k > 0) cells = cells.map((c, i) => (i < k ? '' : c));
    }
    // A page break splitting the row: the rest of the action text continues on the next page.
    if (onPage === pageLength - 1 && actions.length === 1 && random() < 0.1 && r < options.rows - 1) {
      out.push(cells.join('\t'));
      newPage();
      out.push(['', '', '', '', 'e relativo monitoraggio', ''].join('\t'));
      continue;
    }
    out.push(cells.join('\t'));
    onPage++;
  }
  out.push('', `pag. ${page + 200}`, '');
  return out.join('\n');
}

/** Names the registry knows: canonical names and aliases. */
export function registryNames(registryPath: string): string[] {
  const json = JSON.parse(readFileSync(registryPath, 'utf8')) as { organisms: Array<{ canonical: string; aliases?: string[] }> };
  return json.organisms.flatMap((o) => [o.canonical, ...(o.aliases ?? [])]).filter((n) => !/[,;]/.test(n));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  const args = process.argv.slice(2);
  const rows = Number(args[0]);
  if (!Number.isInteger(rows) || rows <= 0) {
    console.error('usage: tsx scripts/synthetic.ts ROWS [--seed N] [--registry FILE]');
    process.exit(2);
  }
  const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const organisms = registryNames(flag('--registry') ?? 'seeds/organisms.json');
  process.stdout.write(generateDocument({ rows, seed: Number(flag('--seed') ?? 1), organisms }));
}
