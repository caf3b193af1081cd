/**
 * `npm run graph -- [FILES...] [--out FILE] [--registry FILE] [--strict] [--quiet]`
 * IO only: read the files and the registry, run the pure pipeline (src/lib/pipeline.ts),
 * write the payload atomically, print a summary. Exit 0 written, 1 invalid input (with
 * file:line: reason on stderr; the previous output untouched), 2 usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { isParseError } from '../src/lib/dup/errors';
import { runPipeline } from '../src/lib/pipeline';
import { serializePayload } from '../src/lib/graph/serialize';
import { loadRegistry, RegistryLoadError } from './lib/load-registry';
import { writeFileAtomic } from './lib/atomic-write';
import { sha256Native } from './lib/sha256-native';
import { parseGraphArgs, USAGE, UsageError } from './lib/graph-args';
import { formatSummary, listDiagnostics } from './lib/graph-summary';

/** The pipeline holds about this many bytes of heap per input byte (measured on 100k synthetic rows). */
const HEAP_PER_INPUT_BYTE = 48;

class InputError extends Error {
  override name = 'InputError';
}

function defaultFiles(): string[] {
  if (!existsSync('seeds')) throw new InputError('seeds: no such folder (give the files to read)');
  const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f));
  if (files.length === 0) throw new InputError('seeds: no .txt files (give the files to read)');
  return files;
}

function checkSizes(files: readonly string[]): void {
  const limit = Math.floor(getHeapStatistics().heap_size_limit / HEAP_PER_INPUT_BYTE);
  let total = 0;
  for (const file of files) {
    if (!existsSync(file)) throw new InputError(`${file}:0: no such file`);
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError(`${file}:0: not a file`);
    total += stat.size;
  }
  if (total > limit) {
    throw new InputError(
      `${files.length === 1 ? files[0] : files.join(', ')}:0: input too large (${(total / 2 ** 20).toFixed(0)} MiB; ` +
        `this process can take up to ${(limit / 2 ** 20).toFixed(0)} MiB — split the document, or run with ` +
        `NODE_OPTIONS=--max-old-space-size=MB for more memory)`,
    );
  }
}

/** The same input twice would count every row twice; an output over an input would destroy it. */
function refuseClashes(files: readonly string[], out: string): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const key = resolve(file);
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new UsageError(`${file} is given twice${earlier === file ? '' : ` (as ${earlier})`}`);
    seen.set(key, file);
  }
  if (seen.has(resolve(out))) throw new UsageError(`--out ${out} is one of the input files: it would be overwritten`);
}

/** A file-system error (EISDIR, EACCES, ENOSPC…): the output's fault, not ours. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function writeOutput(out: string, chunks: Iterable<string>): number {
  try {
    return writeFileAtomic(out, chunks);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    const reason = { EISDIR: 'it is a folder', ENOTDIR: 'a part of the path is a file, not a folder', EEXIST: 'a part of the path is a file, not a folder', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left on the device' }[error.code!];
    throw new InputError(`${out}:0: cannot write the output: ${reason ?? error.code} (${error.syscall ?? 'write'}); nothing was written`);
  }
}

function main(argv: readonly string[]): number {
  const args = parseGraphArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const files = args.files.length > 0 ? args.files : defaultFiles();
  refuseClashes(files, args.out);
  checkSizes(files);
  const registry = loadRegistry(args.registry);
  const inputs = files.map((file) => ({ file, content: readFileSync(file) as Uint8Array }));
  const { payload, unknownOrganisms } = runPipeline(inputs, registry, { sha256: sha256Native });

  const errors = payload.diagnostics.filter((d) => d.level === 'error' || (args.strict && d.level === 'warning'));
  if (errors.length > 0) {
    for (const line of listDiagnostics(errors)) console.error(line);
    console.error(`${errors.length} ${args.strict ? 'error(s) and warning(s) (--strict)' : 'error(s)'}: ${args.out} left as it was`);
    return 1;
  }
  const bytes = writeOutput(args.out, serializePayload(payload));
  if (!args.quiet) console.log(formatSummary(payload, unknownOrganisms, args.out, bytes));
  return 0;
}

function run(): number {
  try {
    return main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`graph: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (isParseError(error) || error instanceof InputError || error instanceof RegistryLoadError) {
      console.error(error.message);
      return 1;
    }
    console.error('graph: internal error:', error);
    return 3;
  }
}

process.exitCode = run();
