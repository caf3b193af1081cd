/**
 * Everything presenter mode needs, in one module the app imports when presenting may
 * start (after the first draw, or at once for a step URL, P or the Present button): the
 * model, the bridge to the explorer, the overlay and the tour editor stay out of the code
 * the first draw waits for.
 */
export { PresenterBridge } from '../../state/presenter-bridge.svelte';
export { default as PresenterController } from './PresenterController.svelte';
export { default as TourEditor } from './TourEditor.svelte';
