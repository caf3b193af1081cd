/**
 * Printing: mounts PrintLayout in its own host beside the app (the print stylesheet
 * hides everything else), waits for the picture, opens the browser's print dialog and
 * removes the host afterwards. Returns the host so tests can inspect it before it goes.
 */
import { mount, unmount, flushSync } from 'svelte';
import type { PrintModel } from '../../lib/export/print-layout';
import type { Lang } from '../../lib/i18n';
import PrintLayout from './PrintLayout.svelte';

export async function printPage(model: PrintModel, svg: string, lang: Lang, print: () => void = () => window.print()): Promise<void> {
  document.querySelector('.trama-print-host')?.remove();
  const host = document.createElement('div');
  host.className = 'trama-print-host';
  document.body.append(host);
  const picture = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const app = mount(PrintLayout, { target: host, props: { model, picture, lang } });
  flushSync();
  const img = host.querySelector('img');
  if (img && !img.complete) {
    await new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    });
  }
  const cleanup = () => {
    void unmount(app);
    host.remove();
    URL.revokeObjectURL(picture);
  };
  // Chrome's print() blocks until the dialog closes; others return at once and fire afterprint.
  window.addEventListener('afterprint', cleanup, { once: true });
  print();
}
