import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../../src/lib/dup/parse';
import { ParseError, isParseError } from '../../../src/lib/dup/errors';
import { SEED_HEADER as H, codes, doc } from './helpers';

const ROW = ['CITTÀ DEL FUTURO', 'PRATO GREEN', '<i>Verde urbano</i>', 'Nuove aree verdi', 'Progetto di forestazione', 'Consiag Servizi Comuni srl'];
const enc = (s: string) => new TextEncoder().encode(s);

function refusal(input: string | Uint8Array): ParseError {
  try {
    parseDocument(input, 'doc.txt');
  } catch (e) {
    if (isParseError(e)) return e;
    throw e;
  }
  throw new Error('expected a ParseError');
}

describe('line ends and encoding', () => {
  const lines = ['Titolo', H, ROW, '', 'pag. 2'];
  it.each([
    ['LF', doc(lines, '\n')],
    ['CRLF', doc(lines, '\r\n')],
    ['CR', doc(lines, '\r')],
    ['mixed', 'Titolo\r\n' + H.join('\t') + '\r' + ROW.join('\t') + '\n\r\npag. 2'],
    ['BOM + CRLF', '\ufeff' + doc(lines, '\r\n')],
    ['final line end', doc(lines) + '\n'],
  ])('%s: same rows and line kinds', (_name, text) => {
    for (const input of [text, enc(text)]) {
      const d = parseDocument(input, 'doc.txt');
      expect(d.lineKinds).toEqual(['title', 'header', 'row', 'blank', 'title']);
      expect(d.rows).toHaveLength(1);
      expect(d.rows[0]!.cells.area.paragraphs).toEqual(['CITTÀ DEL FUTURO']);
      expect(d.rows[0]!.organisms).toEqual(['Consiag Servizi Comuni srl']);
      expect(d.meta.titleLines).toEqual(['Titolo']);
    }
  });

  it('hashes the input bytes, BOM included', async () => {
    const { createHash } = await import('node:crypto');
    const bytes = enc('\ufeff' + doc([H, ROW]));
    expect(parseDocument(bytes, 'x').sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(parseDocument(doc([H, ROW]), 'x').sha256).toBe(createHash('sha256').update(doc([H, ROW])).digest('hex'));
  });

  it('reports a line that is not UTF-8, names it, and keeps the others', () => {
    const good = enc(doc(['Titolo', H, ROW]) + '\n');
    const bad = new Uint8Array([...good, ...enc('CITT'), 0xc0, 0x80, ...enc('\t' + ROW.slice(1).join('\t') + '\n'), ...enc(ROW.join('\t'))]);
    const d = parseDocument(bad, 'doc.txt');
    expect(d.lineKinds).toEqual(['title', 'header', 'row', 'rejected', 'row']);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ level: 'error', code: 'invalid-utf8', file: 'doc.txt', line: 4 }));
    expect(d.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('a Latin-1 file: every accented line is reported, the rest parsed', () => {
    const latin1 = Uint8Array.from(doc([H, ['CITT\u00c0', 'x', 'y', 'z', 'w', 'Consiag'], ['Prato', 'x', 'y', 'z', 'w', 'Consiag']]), (c) => c.charCodeAt(0));
    const d = parseDocument(latin1, 'l1.txt');
    expect(d.lineKinds).toEqual(['header', 'rejected', 'row']);
  });
});

describe('documents refused as a whole (ParseError)', () => {
  it.each<[string, string | Uint8Array, string, number]>([
    ['empty file', '', 'empty-file', 1],
    ['empty bytes', new Uint8Array(), 'empty-file', 1],
    ['only a BOM', '\ufeff', 'empty-file', 1],
    ['only blank lines', '\n \r\n\t\n', 'empty-file', 1],
    ['UTF-16 with its mark (a spreadsheet export)', new Uint8Array([0xff, 0xfe, 0x41, 0, 0x09, 0, 0x42, 0]), 'binary-file', 1],
    ['UTF-16 big-endian', new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0x09, 0, 0x42]), 'binary-file', 1],
    ['a Latin-1 file whose header line is accented', Uint8Array.from(doc([['AMBITO', 'OBIETTIVO STRATEGICO', 'ATTIVIT\u00c0', 'ORGANISMI'], ['a', 'b', 'c', 'd']]), (c) => c.charCodeAt(0)), 'no-header', 1],
    ['binary with NUL', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary-file', 3],
    ['NUL in text on line 3', 'a\nb\nc\0d', 'binary-file', 3],
    ['PDF', enc('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary-file', 1],
    ['control soup', enc('\u0001\u0002\u0003\u0004\u0005\u0006'.repeat(20)), 'binary-file', 1],
    ['no header: titles only', 'Titolo\n\npag. 1', 'no-header', 1],
    ['no header: cells that name nothing', 'Titolo\nuno\tdue\ttre\nquattro\tcinque\tsei', 'no-header', 2],
    ['no header: header without organisms', doc([['Ambito', 'Obiettivo strategico', 'Azioni'], ROW]), 'no-header', 1],
  ])('%s', (_name, input, code, line) => {
    const e = refusal(input);
    expect(e).toBeInstanceOf(ParseError);
    expect(e.code).toBe(code);
    expect(e.line).toBe(line);
    expect(e.file).toBe('doc.txt');
    expect(e.message).toMatch(new RegExp(`^doc\\.txt:${line}: `));
  });

  it('says what is wrong with the encoding, not that there are no cells', () => {
    const utf16 = refusal(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x09, 0, 0x42, 0]));
    expect(utf16.message).toMatch(/UTF-16.*save it as UTF-8/);
    const latin1 = refusal(Uint8Array.from(doc([['AMBITO', 'OBIETTIVO STRATEGICO', 'ATTIVIT\u00c0', 'ORGANISMI'], ['a', 'b', 'c', 'd']]), (c) => c.charCodeAt(0)));
    expect(latin1.message).toMatch(/1 line\(s\) are not valid UTF-8 \(the first is line 1\): save the document as UTF-8/);
  });
});

describe('rows and cells', () => {
  it.each<[string, Array<string | string[]>, string[], string[]]>([
    ['short row rejected', [H, ROW.slice(0, 4)], ['header', 'rejected'], ['2:wrong-cell-count']],
    ['long row with text rejected', [H, [...ROW, 'di troppo']], ['header', 'rejected'], ['2:wrong-cell-count']],
    ['trailing empty cells accepted', [H, [...ROW, '', ' ', '<b></b>']], ['header', 'row'], []],
    ['a line of tabs is blank', [H, ['', '', '', '', '', ''], ['', '']], ['header', 'blank', 'blank'], []],
    ['empty required cell after a filled one', [H, ['A', '', 'op', 'ges', 'az', 'org']], ['header', 'rejected'], ['2:empty-required-cell']],
    ['empty management under a filled operational', [H, ['A', 'S', 'op', '', 'az', 'org']], ['header', 'rejected'], ['2:empty-required-cell']],
    ['carry-down with no row above', [H, ['', '', 'op', 'ges', 'az', 'org']], ['header', 'rejected'], ['2:empty-required-cell']],
    ['cells before the header are a title', [['Tabella', '1'], H, ROW], ['title', 'header', 'row'], ['1:cells-before-header']],
    ['footer and section title lines', ['pag. 212', H, ROW, '212', 'Pagina 3 di 10', '1.7 Altro'], ['title', 'header', 'row', 'title', 'title', 'title'], []],
  ])('%s', (_name, lines, expectedKinds, expectedCodes) => {
    const d = parseDocument(doc(lines), 'doc.txt');
    expect(d.lineKinds).toEqual(expectedKinds);
    expect(codes(d).filter((c) => !c.endsWith('no-actions') && !c.endsWith('no-organisms'))).toEqual(expectedCodes);
  });

  it('a row whose actions or organisms are empty is kept, with a warning', () => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', '', 'Org'], ['A', 'S', 'O', 'G2', 'az', '']]), 'doc.txt');
    expect(d.rows).toHaveLength(2);
    expect(codes(d, 'warning')).toEqual(['2:no-actions', '3:no-organisms']);
  });

  it.each<[string, string[], string[], string[]]>([
    ['organisms', ['az', ''], ['', 'Org'], []],
    ['actions', ['', 'Org'], ['az', ''], []],
    ['both', ['', ''], ['az', 'Org'], []],
    ['actions only, organisms still missing', ['', ''], ['az', ''], ['2:no-organisms']],
    ['nothing the row lacked', ['', 'Org'], ['', 'Altro'], ['2:no-actions']],
  ])('a cell the page break left empty and the continuation fills loses its warning: %s', (_name, row, next, warnings) => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', ...row], 'pag. 2', H, ['', '', '', '', ...next]]), 'doc.txt');
    expect(d.rows).toHaveLength(1);
    expect(d.lineKinds.slice(-1)).toEqual(['continuation']);
    expect(codes(d, 'warning')).toEqual(warnings);
  });

  it('a row after the continued one keeps its own emptiness warnings', () => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', 'az', ''], 'pag. 2', H, ['', '', '', '', '', 'Org'], ['A', 'S', 'O', 'G2', 'az2', '']]), 'doc.txt');
    expect(codes(d, 'warning')).toEqual(['6:no-organisms']);
  });

  it('splits actions on paragraphs only, organisms on , ; and paragraphs', () => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', '<p>Prima, con virgola</p><p>Seconda; e altro</p>', 'Alfa, Beta<br>Gamma; "Delta, Epsilon"']]), 'x');
    expect(d.rows[0]!.actions).toEqual(['Prima, con virgola', 'Seconda; e altro']);
    expect(d.rows[0]!.organisms).toEqual(['Alfa', 'Beta', 'Gamma', '"Delta, Epsilon"']);
  });

  it('counts an organism named twice on a row once', () => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', 'az', 'So.Ri spa, SO.RI. S.P.A.']]), 'x');
    expect(d.rows[0]!.organisms).toEqual(['So.Ri spa']);
    expect(codes(d, 'info')).toEqual(['2:duplicate-organism']);
  });

  it('keeps document text as text: entities decoded after markup is stripped', () => {
    const d = parseDocument(doc([H, ['&lt;script&gt;alert(1)&lt;/script&gt;', '<img src=x onerror=alert(1)>S', 'javascript:alert(1)', '<svg onload=alert(1)>G</svg>', 'az', 'Org']]), 'x');
    const r = d.rows[0]!;
    expect(r.cells.area.paragraphs).toEqual(['<script>alert(1)</script>']);
    expect(r.cells.strategic.paragraphs).toEqual(['S']);
    expect(r.cells.operational.paragraphs).toEqual(['javascript:alert(1)']);
    expect(r.cells.management.paragraphs).toEqual(['G']);
  });

  it('a row whose short cells read as column names is a row, not a new header', () => {
    const lookalike = ['Ambito sociale', 'Obiettivo operativo per tutti', 'Obiettivo operativo due', 'Gestione', 'Azione', 'Partecipate coinvolte'];
    const d = parseDocument(doc([H, ROW, lookalike, ROW]), 'x');
    expect(d.lineKinds).toEqual(['header', 'row', 'row', 'row']);
    expect(d.rows[1]!.cells.area.paragraphs).toEqual(['Ambito sociale']);
    // A real re-mapping (the same six columns in another order) is still a header.
    const swapped = [H[1]!, H[0]!, ...H.slice(2)];
    const e = parseDocument(doc([H, ROW, swapped, [ROW[1]!, ROW[0]!, ...ROW.slice(2)]]), 'x');
    expect(e.lineKinds).toEqual(['header', 'row', 'header', 'row']);
    expect(e.rows[1]!.cells.area.paragraphs).toEqual(e.rows[0]!.cells.area.paragraphs);
  });

  it('a page footer written into the cells is a footer, not a row or an error', () => {
    const d = parseDocument(doc([H, ROW, ['pag. 212', ''], H, ROW, ['', '', '', 'pag. 213', '', ''], ROW]), 'x');
    expect(d.lineKinds).toEqual(['header', 'row', 'title', 'header', 'row', 'title', 'row']);
    expect(d.diagnostics.filter((x) => x.level !== 'info')).toEqual([]);
    expect(d.meta.titleLines).toEqual([]);
  });

  it('warns when a continuation follows a rejected line', () => {
    const d = parseDocument(doc([H, ROW, ROW.slice(0, 3), '', H, ['', '', '', 'seguito', '', '']]), 'x');
    expect(d.lineKinds).toEqual(['header', 'row', 'rejected', 'blank', 'header', 'continuation']);
    expect(codes(d, 'warning')).toEqual(['6:continue-after-rejected']);
  });

  it('keeps the raw text of rows and continuations by line', () => {
    const d = parseDocument(doc(['T', H, ROW, '', H, ['', '', '', 'seguito', '', '']]), 'x');
    expect([...d.rawLines.keys()]).toEqual([3, 6]);
    expect(d.rawLines.get(3)).toBe(ROW.join('\t'));
    expect([...d.rawLines.entries()]).toEqual([[3, ROW.join('\t')], [6, '\t\t\tseguito\t\t']]);
  });

  it('keeps no raw text for headers, titles, blank, rejected or invalid lines', () => {
    const bytes = new TextEncoder().encode(doc(['T', H, ROW, 'A\tB', ['A', '', 'O', 'G', 'az', 'Org'], ROW]));
    const text = new Uint8Array([...bytes, ...new TextEncoder().encode('\n'), 0xff, 0x09, 0x41]);
    const d = parseDocument(text, 'x');
    expect(d.lineKinds).toEqual(['title', 'header', 'row', 'rejected', 'rejected', 'row', 'rejected']);
    expect([...d.rawLines.keys()]).toEqual([3, 6]);
    for (const line of [0, 1, 2, 4, 5, 7, 8, 2.5, -1]) expect(d.rawLines.get(line)).toBeUndefined();
  });
});

describe('carry-down and continuation', () => {
  const first = ['A', 'S', 'O', 'G', 'az1', 'Org1'];

  it('carries empty leading cells, up to the first filled one, from the row above', () => {
    const d = parseDocument(doc([H, first, ['', '', 'O2', 'G2', 'az2', 'Org2'], ['', '', '', '', 'az3', 'Org3'], ['', 'S4', 'O4', 'G4', 'az4', 'Org4']]), 'x');
    expect(d.lineKinds).toEqual(['header', 'row', 'row', 'row', 'row']);
    const text = (i: number) => Object.values(d.rows[i]!.cells).map((c) => c.paragraphs.join('|'));
    expect(text(1)).toEqual(['A', 'S', 'O2', 'G2', 'az2', 'Org2']);
    expect(text(2)).toEqual(['A', 'S', 'O2', 'G2', 'az3', 'Org3']);
    expect(text(3)).toEqual(['A', 'S4', 'O4', 'G4', 'az4', 'Org4']);
  });

  it('does not carry actions or organisms', () => {
    const d = parseDocument(doc([H, first, ['', '', '', '', 'az2', '']]), 'x');
    expect(d.rows[1]!.organisms).toEqual([]);
    expect(d.rows[1]!.actions).toEqual(['az2']);
  });

  it('after a repeated header, a row with empty leading cells continues the last row', () => {
    const d = parseDocument(doc([H, first, '', 'pag. 1', H, '', ['', '', '', 'seguito', '<p>az nuova</p>', 'Org2']]), 'x');
    expect(d.lineKinds).toEqual(['header', 'row', 'blank', 'title', 'header', 'blank', 'continuation']);
    const r = d.rows[0]!;
    expect(d.rows).toHaveLength(1);
    expect(r.lines).toEqual([2, 7]);
    expect(r.cells.management.paragraphs).toEqual(['G seguito']);
    expect(r.actions).toEqual(['az1', 'az nuova']);
    expect(r.cells.organisms.paragraphs).toEqual(['Org1 Org2']);
    expect(codes(d, 'info')).toEqual(['7:continued-row']);
  });

  it('notes the organism name a continuation joins from two halves, and only a name', () => {
    const across = (before: string, after: string) =>
      parseDocument(doc([H, ['A', 'S', 'O', 'G', 'az', before], H, ['', '', '', '', '', after]]), 'x').rows[0]!.namesAcrossBreaks;
    expect(across('Estra, Consiag srl', 'Publies, Museo')).toEqual([{ name: 'Consiag srl Publies', head: 'Consiag srl', tail: 'Publies', line: 4 }]);
    expect(across('Estra,', 'Publies')).toBeUndefined();
    expect(across('Estra', '; Publies')).toBeUndefined();
    expect(across('Estra', '<p>Publies</p>')).toBeUndefined();
    // A name cut inside its quotes is a name at the join; the registry decides.
    expect(across('Istituto "F.', 'Datini"')).toEqual([{ name: 'Istituto "F. Datini"', head: 'Istituto "F.', tail: 'Datini"', line: 4 }]);
    // Quotes that span a comma at the break: the join is not inside one name.
    expect(across('Istituto "F. Datini,', 'Prato", Estra')).toBeUndefined();
  });

  it.each([
    ['a list', '<ul><li>tre</li></ul>'],
    ['a numbered list', '<ol><li>tre</li></ol>'],
    ['a rule', '<hr>tre'],
    ['a table cell', '<td>tre</td>'],
  ])('a fragment opening with %s adds a new action', (_name, fragment) => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', '<ul><li>uno</li><li>due</li></ul>', 'Org'], H, ['', '', '', '', fragment, '']]), 'x');
    expect(d.rows[0]!.actions).toEqual(['uno', 'due', 'tre']);
  });

  it('a fragment not opening with a paragraph continues the last action', () => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', '<p>uno</p><p>due e</p>', 'Org'], H, ['', '', '', '', 'tre', '']]), 'x');
    expect(d.rows[0]!.actions).toEqual(['uno', 'due e tre']);
  });

  it('continuing a carried-down (merged) cell updates every row sharing it', () => {
    const d = parseDocument(doc([H, first, ['', '', '', '', 'az2', 'Org2'], H, ['', '', '', 'fine del testo', '', '']]), 'x');
    expect(d.rows.map((r) => r.cells.management.paragraphs)).toEqual([['G fine del testo'], ['G fine del testo']]);
  });

  it('a row with empty leading cells after the first header, with no rows yet, is rejected', () => {
    const d = parseDocument(doc([H, H, ['', '', '', 'G', 'az', 'Org']]), 'x');
    expect(d.lineKinds).toEqual(['header', 'header', 'rejected']);
  });

  it('a title between the header and the row breaks the continuation: it carries down', () => {
    const d = parseDocument(doc([H, first, H, 'Nota', ['', '', '', 'G2', 'az2', 'Org2']]), 'x');
    expect(d.lineKinds).toEqual(['header', 'row', 'header', 'title', 'row']);
  });

  it('warns when carrying down over a rejected line', () => {
    const d = parseDocument(doc([H, first, ['B', 'S'], ['', '', '', '', 'az', 'Org']]), 'x');
    expect(codes(d)).toEqual(['3:wrong-cell-count', '4:carry-after-rejected']);
  });
});

describe('headers', () => {
  it('a later header with another column order re-maps the rows below it', () => {
    const swapped = [H[5]!, H[4]!, H[3]!, H[2]!, H[1]!, H[0]!];
    const d = parseDocument(doc([H, ROW, swapped, [...ROW].reverse()]), 'x');
    expect(d.rows).toHaveLength(2);
    expect(d.rows[1]!.cells).toEqual(d.rows[0]!.cells);
    expect(codes(d, 'info')).toEqual(['3:header-remapped']);
  });

  it('extra columns become attributes, keyed by their header text', () => {
    const d = parseDocument(doc([[...H, 'Indicatore', 'Centro di responsabilità'], [...ROW, '<p>n. alberi</p><p>km</p>', 'Servizio Verde']]), 'x');
    expect(d.extraColumns).toEqual(['Indicatore', 'Centro di responsabilità']);
    expect(d.rows[0]!.extra).toEqual({ Indicatore: 'n. alberi\nkm', 'Centro di responsabilità': 'Servizio Verde' });
  });

  it('extra columns named like object properties are kept as plain keys', () => {
    const d = parseDocument(doc([[...H, '__proto__', 'constructor', 'toString'], [...ROW, 'p', 'c', 't'], ['', '', '', '', 'az2', 'Org', 'p2', '', '']]), 'x');
    expect(d.extraColumns).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.keys(d.rows[0]!.extra)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(d.rows[0]!.extra['__proto__']).toBe('p');
    expect(d.rows[1]!.extra['constructor']).toBe('');
    expect(d.rows[1]!.extra['__proto__']).toBe('p2');
  });

  it('a header missing columns is read, and the missing columns are an error', () => {
    const d = parseDocument(doc([['Ambito', 'Obiettivo gestionale', 'Azioni', 'Soggetti attuatori'], ['A', 'G', 'az', 'Org']]), 'x');
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0]!.cells.strategic.paragraphs).toEqual([]);
    expect(codes(d, 'error')).toEqual(['1:missing-column']);
    expect(d.diagnostics[0]!.message).toMatch(/no column for: obiettivo strategico, obiettivo operativo \(every level/);
  });
});

describe('metadata', () => {
  it.each<[string, string[], Partial<Record<string, string>>]>([
    ['the seed\'s title lines', ['## **NOTA DI AGGIORNAMENTO**', '### **DOCUMENTO UNICO DI PROGRAMMAZIONE 2022/2024**', '## **SEZIONE OPERATIVA (SEO)**', '## 1.6 Obiettivi gestionali degli organismi partecipati'],
      { title: 'Documento Unico di Programmazione 2022/2024', edition: '2022/2024', update: 'Nota di aggiornamento', section: 'Sezione Operativa (SeO) – 1.6 Obiettivi gestionali degli organismi partecipati' }],
    ['dashed edition, acronym', ['DUP 2023-2025', 'Sezione strategica'], { title: 'DUP 2023-2025', edition: '2023/2025', section: 'Sezione Strategica (SeS)' }],
    ['no DUP line', ['Piano delle partecipate', 'pag. 3'], { title: 'Piano delle partecipate' }],
  ])('%s', (_name, titles, expected) => {
    const d = parseDocument(doc([...titles, H, ROW]), 'x');
    expect(d.meta).toMatchObject(expected);
  });
});

describe('fixture: another comune\'s document', () => {
  const file = 'test/fixtures/dup/altro-comune.txt';
  const text = readFileSync(file, 'utf8');

  it.each([['LF', text], ['CRLF + BOM', '\ufeff' + text.replace(/\n/g, '\r\n')]])('%s: every line accounted for', (_name, input) => {
    const d = parseDocument(enc(input), file);
    expect(d.lineKinds).toEqual([
      'title', 'title', 'title', 'title', 'blank', 'header', 'row', 'row', 'row', 'blank',
      'title', 'blank', 'header', 'continuation', 'row', 'rejected', 'blank', 'title',
    ]);
    expect(d.rows.map((r) => r.line)).toEqual([7, 8, 9, 15]);
    const [r7, r8, r9, r15] = d.rows;
    expect(r7!.organisms).toEqual(['Alfa S.p.A.', 'Beta srl']);
    expect(r7!.actions).toEqual(['Estendere la raccolta', 'Comunicare ai cittadini']);
    expect(r7!.extra).toEqual({ Indicatore: '% raccolta differenziata' });
    expect(r8!.cells.operational.paragraphs).toEqual(['Ridurre i rifiuti']);
    expect(r9!.organisms).toEqual(['Gamma (Consorzio, in liquidazione)']);
    expect(r9!.cells.strategic.paragraphs).toEqual(['TUTELA DEL TERRITORIO']);
    expect(r9!.cells.management.paragraphs).toEqual(['Censimento', 'Bonifica dei siti']);
    expect(r9!.actions).toEqual(['Mappare i siti contaminati e dei relativi terreni']);
    expect(r9!.lines).toEqual([9, 14]);
    expect(r15!.cells.strategic.paragraphs).toEqual(['<script>alert(1)</script>']);
    expect(codes(d, 'error')).toEqual(['16:wrong-cell-count']);
    expect(d.meta).toMatchObject({ title: 'DUP 2023-2025', edition: '2023/2025', section: 'Sezione Operativa (SeO) – 2.4 Obiettivi assegnati alle società partecipate' });
    expect(d.meta.titleLines).toHaveLength(4);
  });
});
