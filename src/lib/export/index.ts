/** The export feature's pure core: scopes, writers, plans. The CLI and the dialog import from here. */
export * from './types';
export { ExportError, type ExportErrorCode } from './errors';
export { scopeOf, focusIds, queryScope, parseKinds, nodeToken, type ScopeQuery } from './scope';
export { NODE_ATTRIBUTES, EDGE_ATTRIBUTES, nodeAttributeSpecs, nodeRecord, edgeRecord } from './attributes';
export { writeGexf, scopeGraph } from './gexf';
export { writeGraphml } from './graphml';
export { buildCyjs, writeCyjs, type CyjsDocument } from './cyjs';
export { scopePayload, writePayloadJson } from './payload-json';
export { BOM, csvCell, csvTable, nodesCsv, edgesCsv, rankingCsv, CSV_TABLES, csvCompanionName, separatorChar } from './csv';
export { DATA_FORMAT_SPECS, parseDataFormat, type DataOptions, type DataFormatSpec } from './data-formats';
export { exportFileName, isoDate } from './file-name';
export { planPng, CANVAS_LIMITS, PRINT_PRESETS, SCALES, type PngRequest, type PngSize, type Extent } from './png-plan';
export { buildDecorations, altText, legendEntries, sourceLine, topOrganisms } from './decorations';
export { writeSvg, type SvgInput } from './svg';
export { sceneRegion, wrapLabel, placedPath, edgeEnds, type Region } from './svg-geometry';
export { sceneFromScope } from './scene';
export { layeredPositions } from './layered-positions';
export { printModel, PRINT_TABLE_LIMIT, type PrintModel, type PrintRow } from './print-layout';
