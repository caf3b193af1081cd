/**
 * Validation of seeds/organisms.json: the shape, and that no spelling names two entries
 * (which would make matching depend on the order of the file). Messages say where:
 * `seeds/organisms.json: organisms[3].aliases[1]: expected a string`.
 */
import type { RegistryEntry, RegistryFile } from './types';
import { matchKey } from '../dup/match-key';

export class RegistryError extends Error {
  readonly file: string;
  /** JSON path of the offending value, e.g. `organisms[3].aliases[1]`. */
  readonly path: string;
  constructor(file: string, path: string, reason: string) {
    super(`${file}: ${path ? `${path}: ` : ''}${reason}`);
    this.name = 'RegistryError';
    this.file = file;
    this.path = path;
  }
}

const ENTRY_FIELDS = new Set(['canonical', 'short', 'legalForm', 'kind', 'aliases', 'notes']);
const OPTIONAL_TEXT = ['short', 'legalForm', 'kind', 'notes'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown, file: string, path: string): string {
  if (typeof v !== 'string') throw new RegistryError(file, path, `expected a string, found ${v === null ? 'null' : typeof v}`);
  if (v.trim() === '') throw new RegistryError(file, path, 'expected a non-empty string');
  if (matchKey(v) === '') throw new RegistryError(file, path, `"${v}" has no letters or digits to match by`);
  return v;
}

function entry(v: unknown, file: string, path: string): RegistryEntry {
  if (!isObject(v)) throw new RegistryError(file, path, 'expected an object { canonical, aliases, … }');
  for (const field of Object.keys(v)) {
    if (!ENTRY_FIELDS.has(field)) throw new RegistryError(file, `${path}.${field}`, `unknown field (expected one of ${[...ENTRY_FIELDS].join(', ')})`);
  }
  const out: RegistryEntry = { canonical: text(v.canonical, file, `${path}.canonical`), aliases: [] };
  for (const field of OPTIONAL_TEXT) {
    if (v[field] !== undefined) out[field] = text(v[field], file, `${path}.${field}`);
  }
  if (v.aliases !== undefined) {
    if (!Array.isArray(v.aliases)) throw new RegistryError(file, `${path}.aliases`, 'expected an array of strings');
    out.aliases = v.aliases.map((a, i) => text(a, file, `${path}.aliases[${i}]`));
  }
  return out;
}

/** The registry file, checked; throws RegistryError naming the file and the JSON path. */
export function validateRegistry(json: unknown, file: string): RegistryFile {
  if (!isObject(json)) throw new RegistryError(file, '', 'expected an object { "organisms": [...] }');
  if (!Array.isArray(json.organisms)) throw new RegistryError(file, 'organisms', 'expected an array of entries');
  if (json.$comment !== undefined && typeof json.$comment !== 'string') throw new RegistryError(file, '$comment', 'expected a string');
  const organisms = json.organisms.map((e, i) => entry(e, file, `organisms[${i}]`));
  const owner = new Map<string, number>();
  organisms.forEach((e, i) => {
    const names: Array<[string, string]> = [[e.canonical, 'canonical'], ...(e.short ? [[e.short, 'short'] as [string, string]] : []),
      ...e.aliases.map((a, j): [string, string] => [a, `aliases[${j}]`])];
    for (const [name, field] of names) {
      const key = matchKey(name);
      const other = owner.get(key);
      if (other !== undefined && other !== i) {
        throw new RegistryError(file, `organisms[${i}].${field}`,
          `"${name}" also names organisms[${other}] ("${organisms[other]!.canonical}"): one spelling cannot denote two organisms`);
      }
      owner.set(key, i);
    }
  });
  const out: RegistryFile = { organisms };
  if (typeof json.$comment === 'string') out.$comment = json.$comment;
  return out;
}
