/**
 * File names that say what they hold: trama_<document slug>_<scope>_<yyyy-mm-dd>.<ext>,
 * ASCII only, so they survive every file system, mail client and zip tool.
 */
import { nodeToken } from './scope';

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName(slug: string, scopeToken: string, ext: string, date: Date = new Date()): string {
  const doc = nodeToken(slug) === 'node' ? 'documento' : nodeToken(slug);
  const scope = scopeToken
    .split('+')
    .map((part) => part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('+')
    .slice(0, 60) || 'all';
  return `trama_${doc}_${scope}_${isoDate(date)}.${ext.replace(/^\./, '')}`;
}
