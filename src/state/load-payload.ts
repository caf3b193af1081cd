/**
 * Fetches and validates the payload the app starts from. Every failure becomes a
 * PayloadError with a code the UI turns into a message (role="alert"); the caller keeps
 * whatever it was showing.
 */
import { PayloadError, parsePayloadText } from '../lib/payload/validate';
import type { Payload } from '../lib/types';

export const DEFAULT_PAYLOAD_URL = './data/graph.json';

/**
 * `text`: this URL's body, already asked for (main.ts hands over the first one, read or on
 * its way); it is validated as a body fetched here would be, and nothing is fetched.
 */
export async function loadPayload(
  url: string = DEFAULT_PAYLOAD_URL,
  fetchImpl: typeof fetch = fetch,
  text?: string | Promise<string>,
): Promise<Payload> {
  const inline = inlinePayload();
  if (inline !== undefined) return parsePayloadText(inline);
  return parsePayloadText(await (text ?? fetchPayloadText(url, fetchImpl)));
}

/** The body at `url` as text; a failed request or an HTTP error is a PayloadError. */
export async function fetchPayloadText(url: string = DEFAULT_PAYLOAD_URL, fetchImpl: typeof fetch = fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch (e) {
    throw new PayloadError('network', (e as Error).message);
  }
  if (response.status === 404) throw new PayloadError('missing', `HTTP 404`);
  if (!response.ok) throw new PayloadError('network', `HTTP ${response.status}`);
  return response.text();
}

/**
 * The single-file build (npm run build:single) has no folder to fetch from: its data is
 * embedded in the page as <script type="application/json" id="trama-payload">, which is
 * data, not code, so it runs under the same no-inline-script policy.
 */
function inlinePayload(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const el = document.getElementById('trama-payload');
  return el?.textContent ?? undefined;
}
