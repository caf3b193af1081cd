/**
 * Trama's payload: the one contract between the preprocessing script
 * (`npm run graph`, which writes it) and everything that reads it (the app,
 * the exports, analysts' own tools). Bump SCHEMA_VERSION on any breaking change.
 */

export const SCHEMA_VERSION = 1;

/** The six levels of the DUP table, top to bottom. Order matters: it is the hierarchy. */
export const NODE_KINDS = [
  'area',
  'strategic_objective',
  'operational_objective',
  'management_objective',
  'action',
  'organism',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The five objective levels an organism can carry (everything above it). */
export const LOAD_LEVELS = [
  'area',
  'strategic_objective',
  'operational_objective',
  'management_objective',
  'action',
] as const;
export type LoadLevel = (typeof LOAD_LEVELS)[number];

/**
 * `contains`: from a level to the next (area → strategic → operational → management → action).
 * `assigned`: from an action to an organism it is assigned to.
 */
export type EdgeKind = 'contains' | 'assigned';

/** Where something came from: a file (as given on the command line, relative) and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** Centrality on the whole graph taken as undirected (see src/lib/graph/metrics). */
export interface NodeMetrics {
  /** Number of distinct neighbours (undirected). */
  degree: number;
  /** Normalised as networkx's betweenness_centrality (normalized=True). */
  betweenness: number;
  /** Closeness with the Wasserman–Faust correction (networkx's default). */
  closeness: number;
  /** PageRank, alpha = 0.85. */
  pagerank: number;
  /** Eigenvector centrality; absent when it did not converge. */
  eigenvector?: number;
}
export type MetricId = keyof NodeMetrics;
export const METRIC_IDS: readonly MetricId[] = ['degree', 'betweenness', 'closeness', 'pagerank', 'eigenvector'];

/** Objective load of an organism: how much of the plan it carries, counted through its actions. */
export interface OrganismLoad {
  area: number;
  strategic_objective: number;
  operational_objective: number;
  management_objective: number;
  action: number;
  /** management_objective / all management objectives in the graph, in [0, 1]. */
  share: number;
  /** 1-based rank by management objectives (ties: then actions, then label), 1 = carries the most. */
  rank: number;
}

/** What the registry knows about an organism (seeds/organisms.json). */
export interface OrganismInfo {
  /** Canonical (official) name. */
  canonical: string;
  /** Short name or acronym in use, when there is one. */
  short?: string;
  /** e.g. "S.p.A.", "S.r.l.", "Fondazione". */
  legalForm?: string;
  /** False when the document names an organism the registry does not know. */
  registered: boolean;
}

export interface PayloadNode {
  /** Stable, readable: `${kind}:${slug of match key}`, e.g. `organism:consiag-servizi-comuni-srl`. */
  id: string;
  kind: NodeKind;
  /** One-line text as first written (paragraphs joined by a space); the view shortens it. */
  label: string;
  /** Full text, paragraphs separated by "\n". Always plain text, never markup. */
  text: string;
  sources: SourceRef[];
  metrics: NodeMetrics;
  /** Ids of the areas (ambiti) above this node; for an area, itself. For an organism,
   *  ordered by how many of its actions fall under each area (main area first). */
  areas: string[];
  /** Extra columns of the table (indicator, responsibility centre…), by header text as written. */
  attributes?: Record<string, string>;
  /** Organisms only. */
  load?: OrganismLoad;
  /** Organisms only. */
  organism?: OrganismInfo;
}

export interface PayloadEdge {
  /** `${source}->${target}` */
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  sources: SourceRef[];
}

export type DiagnosticLevel = 'error' | 'warning' | 'info';
export interface Diagnostic {
  level: DiagnosticLevel;
  /** Machine-readable reason, e.g. 'wrong-cell-count', 'unknown-organism', 'two-parents'. */
  code: string;
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}

/** How each input line was accounted for. */
export type LineKind = 'title' | 'header' | 'row' | 'continuation' | 'blank' | 'rejected';

export interface SourceInfo {
  file: string;
  sha256: string;
  /** Table rows taken from this file (continuations not counted). */
  rows: number;
  /** Number of input lines of each kind; they add up to the file's line count. */
  lines: Record<LineKind, number>;
}

/** Co-assignment graph: two organisms are linked when they share management objectives. */
export interface CoAssignment {
  nodes: Array<{ id: string; weightedDegree: number; betweenness: number }>;
  edges: Array<{ source: string; target: string; weight: number; shared: string[] }>;
}

export interface PayloadMeta {
  /** e.g. "Documento Unico di Programmazione 2022/2024 – Nota di aggiornamento". */
  title: string;
  /** e.g. "2022/2024", when recognised. */
  edition?: string;
  /** e.g. "Sezione Operativa (SeO) – 1.6 Obiettivi gestionali degli organismi partecipati". */
  section?: string;
  /** Short source line for images: "DUP 2022/2024 – Nota di aggiornamento, SeO §1.6". */
  citation: string;
  /** Short slug for file names, e.g. "dup-2022-2024". */
  slug: string;
  sources: SourceInfo[];
  counts: Record<NodeKind, number> & { edges: number };
  /** How each metric was computed, e.g. { betweenness: "exact (Brandes), unweighted" }. */
  methods: Record<string, string>;
  /** Header texts of extra columns found, in order. */
  extraColumns: string[];
}

/** The original text of each table line, so the details panel can show the row as printed. */
export interface RawLine {
  file: string;
  line: number;
  text: string;
}

export interface Payload {
  schemaVersion: typeof SCHEMA_VERSION;
  meta: PayloadMeta;
  nodes: PayloadNode[];
  edges: PayloadEdge[];
  organismGraph: CoAssignment;
  rawLines: RawLine[];
  diagnostics: Diagnostic[];
}
