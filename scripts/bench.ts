/**
 * `npm run bench [-- SUITE...]`: runs every suite in scripts/bench/<name>.ts that exists
 * (cli, browser, size: a colleague's suite is one new file exporting `suite`) and prints
 * one report. Figures, never pass/fail: a benchmark does not fail the build.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReport, type BenchSuite } from './bench/suite';

const SUITES = ['cli', 'browser', 'size'];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : SUITES;
  const started = Date.now();
  console.log(`# Trama benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  for (const name of names) {
    const file = fileURLToPath(new URL(`./bench/${name}.ts`, import.meta.url));
    if (!existsSync(file)) {
      if (wanted.length) console.log(`## ${name}\n\n(no suite scripts/bench/${name}.ts)\n`);
      continue;
    }
    const { suite } = (await import(`./bench/${name}.ts`)) as { suite: BenchSuite };
    try {
      for (const report of await suite.run()) console.log(formatReport(report) + '\n');
    } catch (error) {
      console.log(`## ${suite.name}\n\nsuite failed to run: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  console.log(`(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await main();
