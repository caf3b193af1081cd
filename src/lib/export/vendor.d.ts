// graphology-gexf's writer alone: its package entry also loads a parser that needs a DOM
// (browser) or xmldom (node); the writer needs neither, so app and CLI import it directly.
declare module 'graphology-gexf/browser/writer.js' {
  import type { write } from 'graphology-gexf';
  const writeGexf: typeof write;
  export default writeGexf;
}
