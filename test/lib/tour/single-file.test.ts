/**
 * The single-file build (npm run build:single): exactly one self-contained HTML file, its
 * data inlined safely, a policy that allows only its own inlined code and no network.
 * Runs the real Vite build (about 10 s each).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeJsonForScript, inlineScriptHashes, readPayloadForInlining, withoutPayloadPreload } from '../../../scripts/vite/inline-payload';
import { HOSTILE, hostile, seedPayload } from './helpers';

const root = path.resolve(import.meta.dirname, '../../..');
const vite = path.join(root, 'node_modules/vite/bin/vite.js');

function build(payloadFile: string, outDir?: string): string {
  execFileSync(process.execPath, [vite, 'build', '--mode', 'single', '--logLevel', 'error', ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : [])], {
    cwd: root,
    env: { ...process.env, TRAMA_PAYLOAD: payloadFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return outDir ?? path.join(root, 'dist-single');
}

function tempJson(value: unknown): string {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'trama-single-')), 'graph.json');
  writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value));
  return f;
}

const payloadText = (html: string) => /<script type="application\/json" id="trama-payload">([\s\S]*?)<\/script>/.exec(html)?.[1];

describe('withoutPayloadPreload', () => {
  it("drops index.html's preload of the data, with its comment, and nothing else", () => {
    const html = readFileSync(path.join(root, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="preload" href="\.\/data\/graph\.json"/);
    const out = withoutPayloadPreload(html);
    expect(out).not.toMatch(/preload|data\/graph\.json/);
    // Everything else is there, byte for byte: only the link and its comment went.
    const strip = (h: string) => h.replace(/\s+/g, ' ');
    expect(strip(out)).toBe(strip(html.replace(/<!--(?:(?!-->)[\s\S])*-->\s*<link rel="preload"[^>]*>/, '')));
    expect(out).toContain('Content-Security-Policy');
    expect(out).toContain('<link rel="icon"');
  });
});

describe('single-file build', () => {
  it('writes exactly one self-contained .html under dist-single/, the seed payload inlined', () => {
    const payload = seedPayload();
    const out = build(tempJson(payload));
    const files = readdirSync(out, { recursive: true }) as string[];
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.html$/);
    const html = readFileSync(path.join(out, files[0]), 'utf8');
    // nothing to fetch: every src= or href= is inline (data:) or in-page (#), no data folder
    const refs = [...html.matchAll(/<[a-z]+\b[^>]*?\s(?:src|href)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]);
    expect(refs.filter((r) => !r.startsWith('data:') && !r.startsWith('#'))).toEqual([]);
    expect(html).not.toMatch(/\.\/data\/graph\.json"/);
    expect(JSON.parse(payloadText(html)!)).toEqual(payload);

    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|https?:|\*)/);
    // the policy's hashes are exactly those of the executable scripts in the page
    const scripts = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    expect(/script-src ([^;]+)/.exec(csp)![1].trim().split(/\s+/).sort()).toEqual(hashes.sort());
  }, 120_000);

  it('inlines hostile document text without letting it close the script or start a comment', () => {
    const p = hostile(seedPayload());
    const out = build(tempJson(p), mkdtempSync(path.join(tmpdir(), 'trama-single-out-')));
    const html = readFileSync(path.join(out, readdirSync(out)[0]), 'utf8');
    const text = payloadText(html)!;
    expect(text).not.toMatch(/<\/script|<!--|</i);
    const back = JSON.parse(text);
    for (const h of HOSTILE) expect(back.nodes.some((n: { label: string }) => n.label.includes(h))).toBe(true);
    expect(html.match(/<script\b/g)?.length).toBe(2); // the data block and the app, nothing injected
  }, 120_000);

  it('refuses to build from a missing or broken payload, naming the file', () => {
    expect(() => readPayloadForInlining('/nonexistent/graph.json')).toThrow(/\/nonexistent\/graph\.json.*npm run graph/);
    expect(() => readPayloadForInlining(tempJson('{"schemaVersion":1,"nodes":['))).toThrow(/not valid JSON/);
    expect(() => readPayloadForInlining(tempJson('{}'))).toThrow(/not a Trama payload/);
  });

  it('escapes for <script> and hashes only executable inline scripts', () => {
    const s = escapeJsonForScript(JSON.stringify({ a: '</script><!-- & \u2028' }));
    expect(s).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(s)).toEqual({ a: '</script><!-- & \u2028' });
    const html = '<script type="application/json">{"x":1}</script><script type="module">a()</script><script src="x.js"></script><script>b()</script>';
    const h = (c: string) => `'sha256-${createHash('sha256').update(c).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([h('a()'), h('b()')]);
  });
});
