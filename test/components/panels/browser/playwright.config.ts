/**
 * Browser checks of the panels inside the built app: the team's e2e harness, pointed at
 * this folder. Run: npx vite build && TRAMA_E2E_PORT=4184 npx playwright test -c test/components/panels/browser
 * (TRAMA_DIST=folder serves another build output than dist/).
 */
import { defineConfig } from '@playwright/test';
import base from '../../../e2e/playwright.config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const PORT = Number(process.env.TRAMA_E2E_PORT ?? 4184);
const DIST = process.env.TRAMA_DIST ?? 'dist';

export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: path.join(root, 'test-results', 'panels'),
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}/` },
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
