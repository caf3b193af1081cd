/**
 * Vite plugin for the single-file build (vite build --mode single): puts the payload in
 * the page as <script type="application/json" id="trama-payload"> (read by
 * src/state/load-payload.ts) and gives the page a Content-Security-Policy fitted to it.
 *
 * The policy: no network at all (connect-src 'none', default-src 'none'), and scripts
 * allowed only by the sha256 of the code inlined in this very file. A hash rather than
 * 'unsafe-inline': an injected <script> — from document text, say — would still be
 * refused; only the bytes we built run. Styles are 'unsafe-inline' because Cytoscape and
 * Svelte set element styles at run time; styles cannot run code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const PAYLOAD_ELEMENT_ID = 'trama-payload';
const HASH_PLACEHOLDER = "'sha256-TRAMA-SCRIPT-HASHES'";

export const SINGLE_FILE_CSP = [
  "default-src 'none'",
  `script-src ${HASH_PLACEHOLDER}`,
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  "connect-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** JSON text safe inside <script>: no "<" at all, so neither "</script" nor "<!--" can appear. */
export function escapeJsonForScript(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Reads the payload and checks its outline; a missing or broken file stops the build with
 * its name. The app validates it fully on start (src/lib/payload/validate.ts), as for a
 * fetched one; this module imports nothing from src/ so Vite's config loader stays simple.
 */
export function readPayloadForInlining(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`inline-payload: cannot read ${file}: ${(e as Error).message}. Run "npm run graph" first.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`inline-payload: ${file} is not valid JSON (${(e as Error).message}). Run "npm run graph" again.`);
  }
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || typeof v.schemaVersion !== 'number' || !Array.isArray(v.nodes) || !Array.isArray(v.edges)) {
    throw new Error(`inline-payload: ${file} is not a Trama payload (no schemaVersion, nodes and edges). Run "npm run graph" again.`);
  }
  return escapeJsonForScript(JSON.stringify(value));
}

/** sha256 sources of every executable inline <script> (JSON data blocks are not scripts). */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    if (/\bsrc\s*=/.test(m[1])) continue;
    out.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return [...new Set(out)];
}

/** The page's data is inline: the normal build's preload of data/graph.json must go. */
export function withoutPayloadPreload(html: string): string {
  return html.replace(/(?:<!--(?:(?!-->)[\s\S])*-->\s*)?<link\b[^>]*\bdata-trama-preload\b[^>]*>\s*/gi, '');
}

function withPolicy(html: string, policy: string): string {
  const meta = `<!-- Single file: no network at all; only the scripts inlined here, by hash. -->\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  // The normal build's policy (and the comment explaining it) gives way to this one.
  const existing = /(?:<!--(?:(?!-->)[\s\S])*-->\s*)?<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i;
  return existing.test(html) ? html.replace(existing, () => meta) : html.replace(/<head>/i, () => `<head>\n    ${meta}`);
}

export function inlinePayload(options: { file?: string; root?: string } = {}): Plugin {
  let root = options.root ?? process.cwd();
  return {
    name: 'trama:inline-payload',
    enforce: 'post',
    configResolved(config) {
      root = options.root ?? config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const file = path.resolve(root, options.file ?? process.env.TRAMA_PAYLOAD ?? 'public/data/graph.json');
        const json = readPayloadForInlining(file);
        return {
          html: withPolicy(withoutPayloadPreload(html), SINGLE_FILE_CSP),
          tags: [{ tag: 'script', attrs: { type: 'application/json', id: PAYLOAD_ELEMENT_ID }, children: json, injectTo: 'head' }],
        };
      },
    },
    // After vite-plugin-singlefile has inlined the code: hash exactly what ended up in the page.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = String(asset.source);
          const hashes = inlineScriptHashes(html);
          if (hashes.length === 0) this.error('inline-payload: no inline script found to allow; was vite-plugin-singlefile run?');
          asset.source = html.replace(HASH_PLACEHOLDER, () => hashes.join(' '));
        }
      },
    },
  };
}
