import { describe, expect, it } from 'vitest';
import { parseGraphArgs, UsageError } from '../../scripts/lib/graph-args';

describe('parseGraphArgs', () => {
  it('has the documented defaults', () => {
    expect(parseGraphArgs([])).toEqual({
      files: [], out: 'public/data/graph.json', registry: 'seeds/organisms.json', strict: false, quiet: false, help: false,
    });
  });

  it.each([
    [['a.txt', 'b.txt', '--out', 'o.json'], { files: ['a.txt', 'b.txt'], out: 'o.json' }],
    [['--out=o.json', '--registry=r.json', 'a.txt'], { files: ['a.txt'], out: 'o.json', registry: 'r.json' }],
    [['--strict', '--quiet', 'a.txt'], { strict: true, quiet: true, files: ['a.txt'] }],
    [['--', '--weird-name.txt'], { files: ['--weird-name.txt'] }],
  ])('%j', (argv, expected) => {
    expect(parseGraphArgs(argv)).toMatchObject(expected);
  });

  it.each([[['--nope']], [['--out']], [['--out', '--strict']], [['--quiet=1']], [['--registry=']]])('%j is a usage error', (argv) => {
    expect(() => parseGraphArgs(argv)).toThrow(UsageError);
  });
});
