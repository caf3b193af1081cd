/**
 * Asks for the data the moment the page's code starts running, before the app's modules
 * are evaluated, so the download and the start-up overlap instead of queueing (the seed's
 * first draw budget is one second). index.html's <link rel="preload"> has usually started
 * the download already, with the page: the browser hands this request that response (one
 * download; the e2e smoke test counts them). main.ts imports this first, for its effect,
 * and hands the body to the app's first load (takeFirstText).
 * Not for the presenter's second window (it reads no data) nor the single-file build
 * (its data is in the page).
 */
import { DEFAULT_PAYLOAD_URL, fetchPayloadText } from './load-payload';
import { isPresenterView } from '../lib/tour/step-url';

function startFetch(): Promise<string> | null {
  if (typeof fetch !== 'function' || typeof document === 'undefined') return null;
  if (document.getElementById('trama-payload') || isPresenterView(window.location.search)) return null;
  const pending = fetchPayloadText(DEFAULT_PAYLOAD_URL);
  // Whoever takes it handles its failure; an untaken failure must not be reported as unhandled.
  pending.catch(() => undefined);
  return pending;
}

let early = startFetch();

/**
 * The early request's body, once: `body` is the text itself when it is in within
 * `deadlineMs`, else the promise of it (which may reject with the PayloadError the app
 * shows). Undefined when there is no early request (or it was taken).
 */
export async function takeFirstText(deadlineMs: number): Promise<{ body: string | Promise<string> } | undefined> {
  const pending = early;
  early = null;
  if (!pending) return undefined;
  let timer = 0;
  const late = new Promise<undefined>((resolve) => (timer = window.setTimeout(resolve, deadlineMs)));
  const text = await Promise.race([pending.catch(() => undefined), late]);
  window.clearTimeout(timer);
  return { body: text ?? pending };
}
