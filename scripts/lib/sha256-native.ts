/** node:crypto's SHA-256, for the pure parser's digest hook: ~20× faster than the JS one on big files. */
import { createHash } from 'node:crypto';

export function sha256Native(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
