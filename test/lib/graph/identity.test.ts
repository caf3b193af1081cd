import { describe, expect, it } from 'vitest';
import { actionKey, hash8, IdAllocator } from '../../../src/lib/graph/identity';
import { matchKey } from '../../../src/lib/dup/match-key';

describe('ids', () => {
  it('are kind:slug of the match key, stable for the same key', () => {
    const ids = new IdAllocator();
    const id = ids.id('organism', matchKey('Consiag Servizi Comuni srl'));
    expect(id).toBe('organism:consiag-servizi-comuni-srl');
    expect(ids.id('organism', matchKey('CONSIAG servizi comuni S.R.L.'))).toBe(id);
  });

  it('never give two keys one id, even when their slugs clash', () => {
    const ids = new IdAllocator();
    // Different keys (the parser would not make these, but a hash clash could): same slug.
    const a = ids.id('area', 'citta futuro');
    const b = ids.id('area', 'citta-futuro');
    expect(a).toBe('area:citta-futuro');
    expect(b).not.toBe(a);
    expect(ids.id('area', 'citta-futuro')).toBe(b);
    // The same key under another kind is another node with the same readable part.
    expect(ids.id('strategic_objective', 'citta futuro')).toBe('strategic_objective:citta-futuro');
  });

  it('shorten long objectives and give actions their own words plus a hash of their identity', () => {
    const ids = new IdAllocator();
    const long = matchKey('Operare affinché Recò Festival e le pratiche di economia circolare diventino uno strumento di comunicazione');
    const mo = ids.id('management_objective', long);
    expect(mo.length).toBeLessThanOrEqual('management_objective:'.length + 60 + 12);
    const text = matchKey('Progettare realizzare e gestire attività in collaborazione con altri soggetti culturali');
    const one = ids.id('action', actionKey(long, text), text);
    const two = ids.id('action', actionKey('altro obiettivo', text), text);
    expect(one).toMatch(/^action:progettare-realizzare-e-gestire-attivita-in--[0-9a-f]{8}$/);
    expect(two).not.toBe(one);
    expect(ids.id('action', actionKey(long, text), text)).toBe(one);
  });

  it('texts without letters or digits still get an id', () => {
    const ids = new IdAllocator();
    expect(ids.id('area', matchKey('— … —'))).toMatch(/^area:n--[0-9a-f]{8}$/);
  });

  it('hash8 is 8 hex digits and depends on every character', () => {
    expect(hash8('abc')).toMatch(/^[0-9a-f]{8}$/);
    expect(hash8('abc')).not.toBe(hash8('abd'));
    expect(hash8('')).toBe('811c9dc5');
  });
});
