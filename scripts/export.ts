/**
 * `npm run export`: the data formats without a browser, from the payload, for analysts'
 * pipelines. IO only: parsing options, reading and validating the payload, choosing the
 * scope and writing the files all-or-nothing; the formats live in src/lib/export.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PlanIndex } from '../src/lib/model/plan-index';
import { parsePayloadText, PayloadError } from '../src/lib/payload/validate';
import { CSV_TABLES, csvCompanionName } from '../src/lib/export/csv';
import { DATA_FORMAT_SPECS } from '../src/lib/export/data-formats';
import { ExportError } from '../src/lib/export/errors';
import { queryScope } from '../src/lib/export/scope';
import type { CsvTable } from '../src/lib/export/types';
import { writeFileAtomic } from './lib/atomic-write';
import { EXPORT_USAGE, ExportUsageError, parseExportArgs } from './lib/export-args';

class InputError extends Error {}

function run(argv: string[]): number {
  const args = parseExportArgs(argv);
  if (args.help) {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const out = args.out!;
  const format = args.format!;
  if (resolve(out) === resolve(args.input)) throw new ExportUsageError(`--out ${out} is the input payload; refusing to overwrite it`);

  let text: string;
  try {
    text = readFileSync(args.input, 'utf8');
  } catch (e) {
    throw new InputError(`${args.input}: cannot read the payload (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let index: PlanIndex;
  try {
    index = new PlanIndex(parsePayloadText(text));
  } catch (e) {
    if (e instanceof PayloadError) throw new InputError(`${args.input}: ${e.code === 'json' ? 'not valid JSON' : 'not a Trama payload'}: ${e.detail}`);
    throw e;
  }

  const scope = queryScope(index, { focus: args.focus, depth: args.depth, kinds: args.kinds });
  if (!scope.nodes.length) throw new ExportError('empty-scope', 'the scope holds no node: nothing to export');

  // Every file is rendered before any is written, so a failure leaves nothing behind.
  const files: Array<[string, string]> =
    format === 'csv'
      ? (Object.keys(CSV_TABLES) as CsvTable[]).map((table) => [csvCompanionName(out, table), CSV_TABLES[table](index, scope, args.sep)])
      : [[out, DATA_FORMAT_SPECS[format].write(index, scope, {})]];
  for (const [path, content] of files) writeFileAtomic(path, [content]);
  for (const [path] of files) process.stdout.write(`${path}\n`);
  process.stderr.write(`export: ${format}, scope ${scope.token}: ${scope.nodes.length} nodes, ${scope.edges.length} edges\n`);
  return 0;
}

function main(): void {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof ExportUsageError || (e instanceof ExportError && (e.code === 'unknown-kind' || e.code === 'unknown-format' || e.code === 'bad-depth'))) {
      process.stderr.write(`export: ${e.message.replace(/^export: /, '')}\n\n${EXPORT_USAGE}\n`);
      process.exitCode = 2;
    } else if (e instanceof InputError || e instanceof ExportError) {
      process.stderr.write(`export: ${e.message.replace(/^export: /, '')}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`export: unexpected failure: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    }
  }
}

main();
