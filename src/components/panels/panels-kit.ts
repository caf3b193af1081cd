/**
 * The side panels and the Tabella view, in one module the app imports once the graph is
 * drawn (at once when the page opens on Tabella): their code and d3's formatting stay out
 * of what the first draw waits for.
 */
export { default as FilterPanel } from './FilterPanel.svelte';
export { default as Legend } from './Legend.svelte';
export { default as DetailsPanel } from './DetailsPanel.svelte';
export { default as RankingPanel } from './RankingPanel.svelte';
export { default as TableView } from './TableView.svelte';
