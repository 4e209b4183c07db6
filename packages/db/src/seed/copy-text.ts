import type { Cell, SeedRow } from './tables.js';

/**
 * PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes in text, bytea as
 * \\x and hex (the backslash itself escaped).
 */
const SPECIAL = /[\\\n\r\t]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

export function copyCell(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'string') return cell.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
  if (typeof cell === 'boolean') return cell ? 't' : 'f';
  if (typeof cell === 'number') return String(cell);
  return `\\\\x${Buffer.from(cell.buffer, cell.byteOffset, cell.byteLength).toString('hex')}`;
}

export const copyLine = (row: SeedRow): string => `${row.map(copyCell).join('\t')}\n`;
