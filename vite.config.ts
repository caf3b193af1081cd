import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Relative base: the built app runs from any static folder or sub-path.
// `--mode single` (npm run build:single): one self-contained HTML file in dist-single/,
// code, styles and data inlined, for a USB stick and file://; public/ is not copied.
// The single-file plugins load only in that mode, so other builds and tests never read them.
async function singleFilePlugins() {
  const { viteSingleFile } = await import('vite-plugin-singlefile');
  // With its extension: Vite's native config loader (its future default) needs it.
  // @ts-expect-error TS5097 — tsconfig does not set allowImportingTsExtensions; Vite resolves it.
  const { inlinePayload } = (await import('./scripts/vite/inline-payload.ts')) as typeof import('./scripts/vite/inline-payload');
  return [viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'trama.html' }), inlinePayload()];
}

// Everything the first draw needs in one chunk: left to itself, the bundler split the
// modules the lazy features share (Svelte, the dictionaries, d3-scale, the view code) into
// eight small chunks, and on this 2-core machine the page then got its code ~40 ms later
// (A/B in the same run, the seed: 892 → 850 ms first draw). The lazy features keep their
// own chunks and import what they share from this one. The entry (index.html, main.ts)
// stays out, in a chunk of its own: main.ts awaits the presenter window's chunk, which
// imports this one, and an entry waiting on a chunk that imports the entry never finishes.
const ENTRY = /[\\/](?:index\.html|src[\\/]main\.ts)$/;
const firstLoadChunk = {
  codeSplitting: { groups: [{ name: 'app', tags: ['$initial' as const], test: (id: string) => !ENTRY.test(id) }] },
};

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'single' ? [svelte(), singleFilePlugins()] : [svelte()],
  publicDir: mode === 'single' ? false : 'public',
  build:
    mode === 'single'
      ? { outDir: 'dist-single', emptyOutDir: true, target: 'es2022' }
      : { outDir: 'dist', emptyOutDir: true, target: 'es2022', rolldownOptions: { output: firstLoadChunk },
          // Cytoscape alone is 431 kB of the first-load chunk: below this, a warning would mean news.
          chunkSizeWarningLimit: 700 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/components/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'components',
          include: ['test/components/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
    ],
  },
}));
