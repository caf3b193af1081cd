import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../scripts/lib/atomic-write';
import { tempDir } from './cli';

describe('writeFileAtomic', () => {
  it('writes the chunks, creating the folder, and returns the byte count', () => {
    const out = join(tempDir(), 'sub', 'x.json');
    expect(writeFileAtomic(out, ['{"a":', '"è"}', new Uint8Array([10])])).toBe(11);
    expect(readFileSync(out, 'utf8')).toBe('{"a":"è"}\n');
  });

  it('leaves the previous file byte for byte and no temporary file when the chunks fail midway', () => {
    const dir = tempDir();
    const out = join(dir, 'graph.json');
    writeFileSync(out, 'previous good output');
    function* failing(): Generator<string> {
      yield 'partial '.repeat(200_000); // past one batch: some bytes reach the temp file
      yield 'more';
      throw new Error('serialiser broke');
    }
    expect(() => writeFileAtomic(out, failing())).toThrow('serialiser broke');
    expect(readFileSync(out, 'utf8')).toBe('previous good output');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('replaces the file in one step', () => {
    const dir = tempDir();
    const out = join(dir, 'graph.json');
    writeFileSync(out, 'old');
    writeFileAtomic(out, ['new']);
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });
});
