import './app.css';
import { DEFAULT_PAYLOAD_URL } from './state/load-payload';
import { isPresenterView } from './lib/tour/step-url';

// Start fetching the data before the app's code is even parsed: on a slow machine the
// two overlap instead of queueing (the seed's first draw budget is one second).
const early = typeof fetch === 'function' && !document.getElementById('trama-payload') ? fetch(DEFAULT_PAYLOAD_URL, { cache: 'no-cache' }) : null;
early?.catch(() => undefined);
let used = false;
const firstFetch: typeof fetch = (input, init) => {
  if (early && !used && String(input) === DEFAULT_PAYLOAD_URL) {
    used = true;
    return early;
  }
  return fetch(input, init);
};

const target = document.getElementById('app')!;
if (isPresenterView(window.location.search)) {
  // The presenter's second window (notes, next step, timer): it follows the main window.
  const [{ mount }, { default: PresenterWindow }] = await Promise.all([import('svelte'), import('./components/presenter/PresenterWindow.svelte')]);
  mount(PresenterWindow, { target });
} else {
  const [{ mount }, { default: App }] = await Promise.all([import('svelte'), import('./App.svelte')]);
  mount(App, { target, props: { fetchImpl: firstFetch } });
}
