/** Command line of `npm run graph`: parsed into options, or a UsageError (exit 2). */
export const USAGE = `usage: npm run graph -- [FILES...] [--out FILE] [--registry FILE] [--strict] [--quiet]

  FILES            DUP tables (tab-separated text); default: seeds/*.txt
  --out FILE       payload to write; default: public/data/graph.json
  --registry FILE  organisms registry; default: seeds/organisms.json
  --strict         treat warnings as errors (exit 1, output left untouched)
  --quiet          print nothing but errors
  --help           this text

exit status: 0 written (warnings allowed), 1 invalid input, 2 usage error`;

export interface GraphArgs {
  files: string[];
  out: string;
  registry: string;
  strict: boolean;
  quiet: boolean;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const VALUED = new Set(['--out', '--registry']);

export function parseGraphArgs(argv: readonly string[]): GraphArgs {
  const args: GraphArgs = {
    files: [], out: 'public/data/graph.json', registry: 'seeds/organisms.json', strict: false, quiet: false, help: false,
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      args.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUED.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`${flag} needs a file name`);
      }
      if (flag === '--out') args.out = value;
      else args.registry = value;
    } else if (inline !== undefined) {
      throw new UsageError(`${flag} takes no value`);
    } else if (flag === '--strict') args.strict = true;
    else if (flag === '--quiet') args.quiet = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new UsageError(`unknown option ${arg}`);
  }
  return args;
}
