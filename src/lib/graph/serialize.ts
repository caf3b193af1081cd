/**
 * Payload → JSON text, as a sequence of chunks: one per node, edge, raw line… A
 * 100k-row document makes a payload of hundreds of megabytes, more than one JS string
 * may hold, so the CLI writes the chunks as they come. One array element per line keeps
 * the file diffable. Key order is the objects' own (fixed by payload.ts).
 */
import type { Payload } from '../types';

function* array(name: string, items: readonly unknown[], last: boolean): Generator<string> {
  if (items.length === 0) {
    yield `  ${JSON.stringify(name)}: []${last ? '' : ','}\n`;
    return;
  }
  yield `  ${JSON.stringify(name)}: [\n`;
  for (let i = 0; i < items.length; i++) {
    yield '    ' + JSON.stringify(items[i]) + (i < items.length - 1 ? ',\n' : '\n');
  }
  yield `  ]${last ? '' : ','}\n`;
}

export function* serializePayload(payload: Payload): Generator<string> {
  yield '{\n';
  yield `  "schemaVersion": ${JSON.stringify(payload.schemaVersion)},\n`;
  yield `  "meta": ${JSON.stringify(payload.meta)},\n`;
  yield* array('nodes', payload.nodes, false);
  yield* array('edges', payload.edges, false);
  yield '  "organismGraph": {\n';
  yield* array('nodes', payload.organismGraph.nodes, false);
  yield* array('edges', payload.organismGraph.edges, true);
  yield '  },\n';
  yield* array('rawLines', payload.rawLines, false);
  yield* array('diagnostics', payload.diagnostics, true);
  yield '}\n';
}

/** The whole payload as one string (fine for documents of ordinary size). */
export function payloadToJson(payload: Payload): string {
  let out = '';
  for (const chunk of serializePayload(payload)) out += chunk;
  return out;
}
