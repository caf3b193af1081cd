/** The organisms registry (seeds/organisms.json) and what matching a name against it gives. */
import type { OrganismInfo } from '../types';

export interface RegistryEntry {
  /** Official name. */
  canonical: string;
  /** Short name or acronym in use, when there is one. */
  short?: string;
  /** e.g. "S.p.A.", "S.r.l.", "Fondazione", "Consorzio". */
  legalForm?: string;
  /** What it does, in a few words (e.g. "farmacie comunali"), for people. */
  kind?: string;
  /** Other spellings met in documents and the press. */
  aliases: string[];
  /** Free-text notes (status, mergers), for people; not used by matching. */
  notes?: string;
}

export interface RegistryFile {
  $comment?: string;
  organisms: RegistryEntry[];
}

export interface OrganismMatch {
  /** Match key the node id is built from (the canonical name's key when registered). */
  key: string;
  /** Label for the node: the short name or canonical name when registered, else the name as first written. */
  label: string;
  info: OrganismInfo;
  /** Unregistered because the name fits several entries equally well: their canonical names. */
  ambiguous?: string[];
  /** Registered, but the name ends in another company form than the entry's: the form
   *  written (as an abbreviation: "srl") and the registry's legal form. */
  formDiffers?: { written: string; registered: string };
}

export interface Registry {
  readonly entries: readonly RegistryEntry[];
  /** The entry `name` denotes (see registry.ts for the rule), or an unregistered match. */
  match(name: string): OrganismMatch;
}
