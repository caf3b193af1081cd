/**
 * Asks for the data the moment the page's code starts running, before the app's modules
 * are evaluated, so the download and the start-up overlap instead of queueing (the seed's
 * first draw budget is one second). index.html's <link rel="preload"> has usually started
 * the download already, with the page: the browser hands this request that response (one
 * download; the e2e smoke test counts them). main.ts imports this first, for its effect;
 * the app's first load takes the response through `firstFetch`.
 * Not for the presenter's second window (it reads no data) nor the single-file build
 * (its data is in the page).
 */
import { DEFAULT_PAYLOAD_URL } from './load-payload';
import { isPresenterView } from '../lib/tour/step-url';

function startFetch(): Promise<Response> | null {
  if (typeof fetch !== 'function' || typeof document === 'undefined') return null;
  if (document.getElementById('trama-payload') || isPresenterView(window.location.search)) return null;
  const pending = fetch(DEFAULT_PAYLOAD_URL, { cache: 'no-cache' });
  // Whoever takes it handles its failure; an untaken failure must not be reported as unhandled.
  pending.catch(() => undefined);
  return pending;
}

let early = startFetch();

/** fetch, except that the first request for the default payload gets the response already under way. */
export const firstFetch: typeof fetch = (input, init) => {
  if (early && String(input) === DEFAULT_PAYLOAD_URL) {
    const taken = early;
    early = null;
    return taken;
  }
  return fetch(input, init);
};
