/**
 * Files' contents + organisms registry → Payload: parse each file, build one graph,
 * then areas, loads, metrics, co-assignment, and the payload. Pure (no node: imports),
 * so the CLI, the benchmark and the app all run the same code. Invalid input throws the
 * parser's ParseError (file, line, code); softer problems are payload diagnostics.
 */
import { parseDocument } from './dup/parse';
import type { ParsedDocument } from './dup/types';
import type { Payload } from './types';
import { computeAreas } from './graph/areas';
import { buildGraph } from './graph/build';
import { CO_ASSIGNMENT_METHOD, computeCoAssignment } from './graph/co-assignment';
import { computeLoads } from './graph/load';
import { documentHeading } from './graph/meta';
import { computeMetrics, type Instrument, type MetricOptions } from './graph/metrics';
import type { OrganismMatcher, UnknownOrganism } from './graph/model';
import { toPayload } from './graph/payload';

export interface PipelineInput {
  /** As given on the command line (relative); it names the file in provenance and errors. */
  file: string;
  content: string | Uint8Array;
}

export interface PipelineOptions {
  metrics?: Partial<MetricOptions>;
  /** Hex SHA-256 of an input's bytes (the CLI passes node:crypto's; default: ours, in JS). */
  sha256?: (bytes: Uint8Array) => string;
  /** Wraps each stage (the benchmark times them; the CLI does not care). */
  instrument?: Instrument;
}

export interface PipelineResult {
  payload: Payload;
  unknownOrganisms: UnknownOrganism[];
}

const direct: Instrument = (_stage, run) => run();

/** Parsed documents → payload (the part after parsing; tests use it with hand-built rows). */
export function payloadFromDocuments(
  docs: readonly ParsedDocument[],
  registry: OrganismMatcher,
  options: PipelineOptions = {},
): PipelineResult {
  const stage = options.instrument ?? direct;
  const built = stage('build', () => buildGraph(docs, registry));
  const areas = stage('areas', () => computeAreas(built.indexed));
  const loads = stage('load', () => computeLoads(built.indexed));
  const metrics = computeMetrics(built.indexed, options.metrics, stage);
  const coAssignment = stage('co-assignment', () => computeCoAssignment(built.indexed));
  const methods = { ...metrics.methods, coAssignment: CO_ASSIGNMENT_METHOD };
  const payload = stage('payload', () =>
    toPayload({ docs, built, metrics, areas, loads, coAssignment, heading: documentHeading(docs), methods }));
  return { payload, unknownOrganisms: built.unknownOrganisms };
}

export function runPipeline(
  inputs: readonly PipelineInput[],
  registry: OrganismMatcher,
  options: PipelineOptions = {},
): PipelineResult {
  const stage = options.instrument ?? direct;
  const docs = stage('parse', () => inputs.map((i) => parseDocument(i.content, i.file, { sha256: options.sha256 })));
  return payloadFromDocuments(docs, registry, options);
}
