/** The organisms registry: validate seeds/organisms.json, then match document names to it. */
export { createRegistry } from './registry';
export { validateRegistry, RegistryError } from './validate';
export { looseKey } from './loose-name';
export type { Registry, RegistryEntry, RegistryFile, OrganismMatch } from './types';
