import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fetchPayloadText, loadPayload } from '../../src/state/load-payload';
import { PayloadError } from '../../src/lib/payload/validate';

const MINI = readFileSync('test/fixtures/payload/mini.json', 'utf8');
const URL = './data/graph.json';

function fetchReturning(status: number, body = ''): typeof fetch {
  return vi.fn(async () => new Response(body, { status })) as unknown as typeof fetch;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PayloadError);
    return (e as PayloadError).code;
  }
  throw new Error('expected a PayloadError');
}

describe('loadPayload: a body already asked for', () => {
  it('validates a text handed over and fetches nothing', async () => {
    const f = fetchReturning(500);
    const payload = await loadPayload(URL, f, MINI);
    expect(payload.nodes.length).toBe(JSON.parse(MINI).nodes.length);
    expect(f).not.toHaveBeenCalled();
  });

  it('waits for a text still on its way', async () => {
    const f = fetchReturning(500);
    const payload = await loadPayload(URL, f, new Promise((resolve) => setTimeout(() => resolve(MINI), 5)));
    expect(payload.edges.length).toBe(JSON.parse(MINI).edges.length);
    expect(f).not.toHaveBeenCalled();
  });

  it("reports the early request's own failure, as the app's request would have", async () => {
    const failed = Promise.reject(new PayloadError('missing', 'HTTP 404'));
    expect(await codeOf(loadPayload(URL, fetchReturning(200, MINI), failed))).toBe('missing');
  });

  it('finds the same faults in a handed-over text as in a fetched one', async () => {
    for (const bad of ['', '{"schemaVersion":', '[]', '<html>not json</html>', JSON.stringify({ ...JSON.parse(MINI), schemaVersion: 999 })]) {
      const handed = await codeOf(loadPayload(URL, fetchReturning(500), bad));
      const fetched = await codeOf(loadPayload(URL, fetchReturning(200, bad)));
      expect(handed).toBe(fetched);
    }
  });
});

describe('fetchPayloadText', () => {
  it('gives the body of a 2xx response', async () => {
    expect(await fetchPayloadText(URL, fetchReturning(200, MINI))).toBe(MINI);
  });

  it('turns HTTP errors and a failed request into PayloadErrors', async () => {
    expect(await codeOf(fetchPayloadText(URL, fetchReturning(404)))).toBe('missing');
    expect(await codeOf(fetchPayloadText(URL, fetchReturning(500)))).toBe('network');
    expect(await codeOf(fetchPayloadText(URL, fetchReturning(403)))).toBe('network');
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await codeOf(fetchPayloadText(URL, offline))).toBe('network');
  });

  it('asks for a fresh copy, not a cached one', async () => {
    const f = fetchReturning(200, MINI);
    await fetchPayloadText(URL, f);
    expect(f).toHaveBeenCalledWith(URL, { cache: 'no-cache' });
  });
});
