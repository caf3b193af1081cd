/**
 * What the export dialog's tests need around the component: a fake canvas (ExportSource)
 * whose methods can be told to fail, the scopes as App.svelte hands them over, a catcher
 * for downloads (download.ts runs for real; only the browser's URL and click are stubbed)
 * and the two parts of a modal <dialog> that happy-dom leaves out.
 */
import { vi } from 'vitest';
import type { PlanIndex } from '../../../src/lib/model/plan-index';
import type { ExportSource, Point, Scene } from '../../../src/lib/export/types';
import { KIND_SHAPES } from '../../../src/lib/view/shapes';

export type Failures = Partial<Record<'png' | 'scene' | 'extent', Error>>;

/** A canvas that lays the nodes on a grid, 100 model units apart. */
export function fakeSource(index: PlanIndex, fail: Failures = {}): ExportSource & { calls: string[] } {
  const calls: string[] = [];
  const order = new Map(index.payload.nodes.map((n, i) => [n.id, i]));
  const at = (id: string): Point => {
    const i = order.get(id) ?? 0;
    return { x: (i % 6) * 100, y: Math.floor(i / 6) * 100 };
  };
  const pick = (ids: Set<string> | null) => index.payload.nodes.filter((n) => !ids || ids.has(n.id));
  return {
    calls,
    async png(plan) {
      calls.push(`png ${plan.width}x${plan.height}`);
      if (fail.png) throw fail.png;
      return new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    },
    scene(ids): Scene {
      calls.push('scene');
      if (fail.scene) throw fail.scene;
      const nodes = pick(ids);
      const inside = new Set(nodes.map((n) => n.id));
      return {
        nodes: nodes.map((n) => ({
          id: n.id, kind: n.kind, ...at(n.id), width: 40, height: 30, shape: KIND_SHAPES[n.kind],
          fill: '#DDDDDD', stroke: '#333333', strokeWidth: 1, label: n.label, fullLabel: n.label, fontSize: 12, labelColor: '#1F2328',
        })),
        edges: index.payload.edges
          .filter((e) => inside.has(e.source) && inside.has(e.target))
          .map((e) => ({ id: e.id, source: e.source, target: e.target, color: '#888888', width: 1, arrow: true })),
      };
    },
    extent(ids) {
      calls.push('extent');
      if (fail.extent) throw fail.extent;
      const pts = pick(ids).map((n) => at(n.id));
      if (!pts.length) return { width: 0, height: 0 };
      return { width: Math.max(...pts.map((p) => p.x)) + 40, height: Math.max(...pts.map((p) => p.y)) + 30 };
    },
    positions(ids) {
      return new Map(pick(ids).map((n) => [n.id, at(n.id)]));
    },
    cyJson(ids) {
      return { elements: { nodes: pick(ids).map((n) => ({ data: { id: n.id }, position: at(n.id) })), edges: [] } };
    },
    viewportIds() {
      return new Set(index.payload.nodes.map((n) => n.id));
    },
  };
}

/** The scopes App.svelte passes: the whole plan, one ambito's chain as "visible", a selection, a focus chain. */
export function scopesOf(index: PlanIndex, o: { visibleArea: string; selection: string[]; focusOn: string | null }) {
  return {
    all: new Set(index.payload.nodes.map((n) => n.id)),
    visible: index.chain(o.visibleArea).nodes,
    selection: new Set(o.selection),
    focus: o.focusOn ? index.chain(o.focusOn).nodes : null,
  };
}

/** Worked out from the payload alone, not from the code under test: nodes in `ids`, edges with both ends inside. */
export function expectedScope(index: PlanIndex, ids: Set<string>) {
  const nodes = index.payload.nodes.filter((n) => ids.has(n.id)).map((n) => n.id);
  const inside = new Set(nodes);
  const edges = index.payload.edges.filter((e) => inside.has(e.source) && inside.has(e.target)).map((e) => e.id);
  return { nodes, edges };
}

export interface Saved {
  name: string;
  blob: Blob;
}

/** Lets saveBlob run as written and records what it hands the browser: the Blob and the <a download> name. */
export function catchDownloads(): Saved[] {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:trama-test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob && this.download) saved.push({ name: this.download, blob });
  });
  return saved;
}

/**
 * happy-dom's showModal only sets `open`: it neither runs the dialog focusing steps nor
 * turns Esc into a close request. These follow the HTML standard (autofocus, else the
 * first focusable descendant; Esc → cancelable `cancel` → close), so the tests exercise
 * what the component itself must do: open modally, react to `close`, give focus back.
 * Chromium's own behaviour is covered by test/e2e/export.spec.ts.
 */
export function emulateModalDialogs(): () => void {
  const proto = HTMLDialogElement.prototype;
  const showModal = proto.showModal;
  const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';
  proto.showModal = function (this: HTMLDialogElement) {
    showModal.call(this);
    this.setAttribute('data-modal', '');
    const target = this.querySelector<HTMLElement>('[autofocus]') ?? this.querySelector<HTMLElement>(FOCUSABLE);
    (target ?? this).focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const modal = [...document.querySelectorAll<HTMLDialogElement>('dialog[open][data-modal]')].pop();
    if (!modal) return;
    if (modal.dispatchEvent(new Event('cancel', { cancelable: true }))) {
      modal.removeAttribute('data-modal');
      modal.close();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => {
    proto.showModal = showModal;
    document.removeEventListener('keydown', onKey);
  };
}

/** A Blob's bytes as text without the decoder's BOM stripping (Blob.text() drops a leading BOM). */
export async function rawText(blob: Blob): Promise<{ bom: boolean; text: string }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { bom, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes) };
}
