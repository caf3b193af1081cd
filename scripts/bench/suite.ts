/**
 * What a benchmark suite is, for scripts/bench.ts: a name and a run that returns a report
 * (title, table, notes). A suite never throws for a missed target: it says so in a note.
 * Suites live in scripts/bench/<name>.ts and export `suite`.
 */
export interface BenchReport {
  title: string;
  header: string[];
  rows: string[][];
  notes: string[];
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchReport[]>;
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(r: BenchReport): string {
  return [`## ${r.title}`, '', formatTable(r.header, r.rows), ...(r.notes.length ? ['', ...r.notes.map((n) => `- ${n}`)] : [])].join('\n');
}
