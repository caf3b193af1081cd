import './app.css';
import { takeFirstText } from './state/early-fetch';
import { mount } from 'svelte';
import App from './App.svelte';
import { isPresenterView } from './lib/tour/step-url';

// The app is imported statically: the page's HTML then asks for all of its code at once
// (modulepreload), instead of waiting for this entry to run before asking for the rest.
// The data's fetch starts in early-fetch, the first module to run.

/** How long the first mount waits for data still on their way (ms). */
const FIRST_DATA_WAIT_MS = 150;

const target = document.getElementById('app')!;
if (isPresenterView(window.location.search)) {
  // The presenter's second window (notes, next step, timer): it follows the main window.
  const { default: PresenterWindow } = await import('./components/presenter/PresenterWindow.svelte');
  mount(PresenterWindow, { target });
} else {
  // The data usually arrive while the code loads. Mounting with them in hand makes the
  // first frame the graph itself, not a "loading" line laid out, painted and replaced
  // a few milliseconds later. Data not in by then get the loading line, as before.
  const first = await takeFirstText(FIRST_DATA_WAIT_MS);
  mount(App, { target, props: { initialText: first?.body } });
}
