/**
 * The data formats, one descriptor each: extension, media type and writer. The CLI and
 * the dialog both look formats up here, so they always write the same bytes.
 */
import type { PlanIndex } from '../model/plan-index';
import { writeCyjs } from './cyjs';
import { CSV_TABLES } from './csv';
import { ExportError } from './errors';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writePayloadJson } from './payload-json';
import { DATA_FORMATS, type CsvSeparator, type CsvTable, type DataFormat, type Point, type Scope } from './types';

export interface DataOptions {
  positions?: Map<string, Point>;
  sep?: CsvSeparator;
  table?: CsvTable;
}

export interface DataFormatSpec {
  ext: string;
  mime: string;
  write(index: PlanIndex, scope: Scope, options: DataOptions): string;
}

export const DATA_FORMAT_SPECS: Record<DataFormat, DataFormatSpec> = {
  gexf: { ext: 'gexf', mime: 'application/gexf+xml', write: (i, s, o) => writeGexf(i, s, o.positions) },
  graphml: { ext: 'graphml', mime: 'application/graphml+xml', write: (i, s) => writeGraphml(i, s) },
  cyjs: { ext: 'cyjs', mime: 'application/json', write: (i, s, o) => writeCyjs(i, s, o.positions) },
  json: { ext: 'json', mime: 'application/json', write: (i, s) => writePayloadJson(i, s) },
  csv: {
    ext: 'csv',
    mime: 'text/csv;charset=utf-8',
    write: (i, s, o) => CSV_TABLES[o.table ?? 'nodes'](i, s, o.sep ?? 'comma'),
  },
};

export function parseDataFormat(value: string): DataFormat {
  if ((DATA_FORMATS as readonly string[]).includes(value)) return value as DataFormat;
  throw new ExportError('unknown-format', `unknown format "${value}". Expecting one of: ${DATA_FORMATS.join(', ')}.`, { format: value });
}
