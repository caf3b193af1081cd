/**
 * What the benchmark injects into every page before its own scripts run (a plain script
 * string: a serialised TS function would carry the bundler's helpers into the page).
 * - `readyAt`: performance.now() (ms since navigation start) when an element with
 *   data-ready="true" first appears; `paintedAt`: two frames later, when it is on screen.
 * - `previewAt` / `previewPaintedAt`: the same for data-preview="true", the app's picture
 *   of a big graph painted while Cytoscape builds (src/lib/view/preview.ts); null without one.
 * - `longTasks`: [start, duration] of main-thread tasks over 50 ms, for time to interactive.
 * - `__tramaFrames.start()/stop()`: counts requestAnimationFrame callbacks in between.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { readyAt: null, paintedAt: null, previewAt: null, previewPaintedAt: null, longTasks: [] };
  Object.defineProperty(window, '__trama', { value: probe });
  const check = () => {
    if (probe.previewAt === null && document.querySelector('[data-preview="true"]')) {
      probe.previewAt = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { probe.previewPaintedAt = performance.now(); }));
    }
    if (probe.readyAt !== null || !document.querySelector('[data-ready="true"]')) return;
    probe.readyAt = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => { probe.paintedAt = performance.now(); }));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-preview'] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  let counting = false, frames = 0, t0 = 0, last = 0, worst = 0;
  const tick = (t) => {
    if (!counting) return;
    frames++;
    worst = Math.max(worst, t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  Object.defineProperty(window, '__tramaFrames', { value: {
    start() { counting = true; frames = 0; worst = 0; t0 = last = performance.now(); requestAnimationFrame(tick); },
    stop() { counting = false; return { frames, ms: performance.now() - t0, worstMs: worst }; },
  } });
})();`;

/**
 * In the page: a point of the graph's container, in viewport pixels, over the background
 * rather than a node (a drag that starts on a node moves the node instead of panning),
 * nearest the centre. Finds the Cytoscape instance through the registry Cytoscape leaves
 * on its container (`_cyreg`), so it needs nothing from the page under test.
 */
export const FIND_BACKGROUND = `(() => {
  const ready = document.querySelector('[data-ready="true"]');
  const candidates = [ready, ...(ready ? ready.querySelectorAll('*') : []), ...document.querySelectorAll('div')];
  const host = candidates.find((e) => e && e._cyreg && e._cyreg.cy);
  const rect = (host || ready).getBoundingClientRect();
  const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  if (!host) return { ...centre, rect: { x: rect.left, y: rect.top, w: rect.width, h: rect.height }, found: false };
  const cy = host._cyreg.cy;
  const boxes = [];
  cy.nodes().forEach((n) => { const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }); if (b.w > 0.5) boxes.push(b); });
  const inside = (x, y) => boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4);
  let best = null;
  for (let i = 1; i < 24; i++) for (let j = 1; j < 16; j++) {
    const x = (rect.width * i) / 24, y = (rect.height * j) / 16;
    if (inside(x, y)) continue;
    const d = (x - rect.width / 2) ** 2 + (y - rect.height / 2) ** 2;
    if (!best || d < best.d) best = { x, y, d };
  }
  const p = best ? { x: rect.left + best.x, y: rect.top + best.y } : centre;
  return { ...p, rect: { x: rect.left, y: rect.top, w: rect.width, h: rect.height }, found: !!best };
})()`;
