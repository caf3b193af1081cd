/** Command line of `npm run export`: parsed into options, or an ExportUsageError (exit 2). */
import { DATA_FORMATS, type CsvSeparator, type DataFormat } from '../../src/lib/export/types';

export const EXPORT_USAGE = `usage: npm run export -- --format ${DATA_FORMATS.join('|')} --out FILE [options]

  --format F        gexf (Gephi), graphml (Cytoscape desktop, yEd), cyjs (Cytoscape.js JSON),
                    json (Trama payload limited to the scope), csv (spreadsheets)
  --out FILE        file to write. For csv, FILE holds the nodes and two companions are
                    written beside it: FILE-without-.csv + "-edges.csv" and "-ranking.csv"
  --in FILE         payload to read; default: public/data/graph.json
  --focus NODE_ID   only the node's chain (everything above and below it)...
  --depth N         ...or, with --focus, its neighbourhood within N steps
  --kind K...       only nodes of these kinds (area, strategic_objective, operational_objective,
                    management_objective, action, organism); several values or commas
  --sep comma|semicolon   csv separator; semicolon writes decimal commas (Italian
                    spreadsheets); default: comma (decimal points)
  --help            this text

exit status: 0 written, 1 bad input (unreadable payload, unknown node, empty scope),
             2 usage error (unknown option, format, kind or separator). Nothing is
             written on failure.`;

export interface ExportArgs {
  format?: DataFormat;
  out?: string;
  input: string;
  focus?: string;
  depth?: number;
  kinds: string[];
  sep: CsvSeparator;
  help: boolean;
}

export class ExportUsageError extends Error {
  override name = 'ExportUsageError';
}

const VALUED = new Set(['--format', '--out', '--in', '--focus', '--depth', '--sep']);

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const args: ExportArgs = { input: 'public/data/graph.json', kinds: [], sep: 'comma', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flag === '--help' || flag === '-h') {
      args.help = true;
    } else if (flag === '--kind') {
      const values = inline !== undefined ? [inline] : [];
      while (inline === undefined && i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.push(argv[++i]);
      if (!values.length) throw new ExportUsageError('--kind needs at least one kind');
      args.kinds.push(...values);
    } else if (VALUED.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        throw new ExportUsageError(`${flag} needs a value`);
      }
      set(args, flag, value);
    } else {
      throw new ExportUsageError(arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument "${arg}"`);
    }
  }
  if (!args.help) {
    if (!args.format) throw new ExportUsageError('--format is required');
    if (!args.out) throw new ExportUsageError('--out is required');
  }
  return args;
}

function set(args: ExportArgs, flag: string, value: string): void {
  switch (flag) {
    case '--format':
      if (!(DATA_FORMATS as readonly string[]).includes(value)) {
        throw new ExportUsageError(`unknown format "${value}". Expecting one of: ${DATA_FORMATS.join(', ')}.`);
      }
      args.format = value as DataFormat;
      break;
    case '--out':
      args.out = value;
      break;
    case '--in':
      args.input = value;
      break;
    case '--focus':
      args.focus = value;
      break;
    case '--depth':
      if (!/^\d+$/.test(value)) throw new ExportUsageError(`invalid --depth "${value}". Expecting a whole number ≥ 0.`);
      args.depth = Number(value);
      break;
    case '--sep':
      if (value !== 'comma' && value !== 'semicolon') {
        throw new ExportUsageError(`invalid --sep "${value}". Expecting comma or semicolon.`);
      }
      args.sep = value;
      break;
  }
}
