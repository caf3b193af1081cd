/** What `npm run graph` prints: counts per kind, warnings as file:line: message, unknown organisms. */
import { NODE_KINDS, type Diagnostic, type Payload } from '../../src/lib/types';
import type { UnknownOrganism } from '../../src/lib/graph/model';

/** More warnings than this are counted, not listed (all are in the payload). */
export const MAX_LISTED = 50;

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.level === 'error' ? 'error: ' : ''}${d.message}`;
}

export function listDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  const lines = diagnostics.slice(0, MAX_LISTED).map(formatDiagnostic);
  if (diagnostics.length > MAX_LISTED) lines.push(`… and ${diagnostics.length - MAX_LISTED} more (all in the payload's diagnostics)`);
  return lines;
}

export function formatSummary(payload: Payload, unknown: readonly UnknownOrganism[], out: string, bytes: number): string {
  const { counts, sources, methods } = payload.meta;
  const width = Math.max(...NODE_KINDS.map((k) => k.length));
  const lines = [
    `${out}: ${(bytes / 1024).toFixed(1)} KiB from ${sources.length} file${sources.length === 1 ? '' : 's'} (${sources.reduce((s, f) => s + f.rows, 0)} rows)`,
    ...NODE_KINDS.map((k) => `  ${k.padEnd(width)}  ${counts[k]}`),
    `  ${'edges'.padEnd(width)}  ${counts.edges}`,
  ];
  const warnings = payload.diagnostics.filter((d) => d.level === 'warning');
  lines.push(`warnings: ${warnings.length}`, ...listDiagnostics(warnings).map((l) => '  ' + l));
  lines.push(`organisms not in the registry: ${unknown.length}`);
  for (const u of unknown) lines.push(`  ${u.name} (${u.file}:${u.line}, ${u.rows} row${u.rows === 1 ? '' : 's'})`);
  for (const [metric, how] of Object.entries(methods)) if (/estimate|omitted/.test(how)) lines.push(`note: ${metric}: ${how}`);
  return lines.join('\n');
}
