/** Reads the organisms registry (seeds/organisms.json) with file:line errors. */
import { existsSync, readFileSync } from 'node:fs';
import { createRegistry, validateRegistry } from '../../src/lib/registry';
import type { OrganismMatcher } from '../../src/lib/graph/model';

export class RegistryLoadError extends Error {
  override name = 'RegistryLoadError';
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function loadRegistry(path: string): OrganismMatcher {
  if (!existsSync(path)) throw new RegistryLoadError(`${path}:0: no such file (the organisms registry)`);
  // A BOM is how some editors save UTF-8; JSON.parse refuses it.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    throw new RegistryLoadError(`${path}:${at ? lineAt(text, Number(at[1])) : 1}: not valid JSON: ${message}`);
  }
  try {
    return createRegistry(validateRegistry(json, path));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RegistryLoadError(message.startsWith(path) ? message : `${path}:0: ${message}`);
  }
}
