import './app.css';
import { firstFetch } from './state/early-fetch';
import { mount } from 'svelte';
import App from './App.svelte';
import { isPresenterView } from './lib/tour/step-url';

// The app is imported statically: the page's HTML then asks for all of its code at once
// (modulepreload), instead of waiting for this entry to run before asking for the rest.
// The data's fetch starts in early-fetch, the first module to run.
const target = document.getElementById('app')!;
if (isPresenterView(window.location.search)) {
  // The presenter's second window (notes, next step, timer): it follows the main window.
  const { default: PresenterWindow } = await import('./components/presenter/PresenterWindow.svelte');
  mount(PresenterWindow, { target });
} else {
  mount(App, { target, props: { fetchImpl: firstFetch } });
}
