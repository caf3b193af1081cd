/**
 * Write a file so that readers see the old content or the new, never a partial one:
 * chunks go to a temporary file beside the target, which is flushed and then renamed
 * over it (rename is atomic within a folder). On any failure the temporary file is
 * removed and the previous output is left exactly as it was.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const BATCH = 1 << 20;

export function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>): number {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  let bytes = 0;
  try {
    fd = openSync(temp, 'wx');
    const out = fd;
    const write = (buffer: Uint8Array) => {
      let offset = 0;
      while (offset < buffer.length) offset += writeSync(out, buffer, offset, buffer.length - offset);
      bytes += buffer.length;
    };
    // Small chunks (one per node) are gathered into ~1 MB writes.
    let pending = '';
    for (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        write(Buffer.from(pending, 'utf8'));
        pending = '';
        write(chunk);
        continue;
      }
      pending += chunk;
      if (pending.length >= BATCH) {
        write(Buffer.from(pending, 'utf8'));
        pending = '';
      }
    }
    write(Buffer.from(pending, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
    return bytes;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
