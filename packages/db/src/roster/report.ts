import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Issue } from '@isee/domain';

/** The rejection report's columns: where, what (stable code) and why, in Thai and English. */
export const REPORT_HEADER = ['row', 'column', 'code', 'message_th', 'message_en'] as const;

export interface RejectionReport {
  /** Records a rejected row: one report line per issue. */
  add(rowNumber: number, issues: readonly Issue[]): Promise<void>;
  readonly rejectedRows: number;
  close(): Promise<void>;
}

/**
 * Streams the report to a CSV file (UTF-8 with a BOM, so Excel shows Thai) as rows are rejected:
 * memory stays flat however many rows fail. Values themselves are never written: a rejected cell
 * may be a national ID. `columnOf` turns an issue path (a roster field) into the file's header.
 */
export function openReport(path: string, columnOf: (field: string) => string): RejectionReport {
  const file = createWriteStream(path);
  const csv = stringify({ bom: true });
  csv.pipe(file);
  csv.write(REPORT_HEADER);
  let rejectedRows = 0;
  return {
    get rejectedRows() {
      return rejectedRows;
    },
    async add(rowNumber, issues) {
      rejectedRows++;
      let drained = true;
      for (const i of issues) {
        drained = csv.write([rowNumber, columnOf(i.path), i.code, i.message.th, i.message.en]);
      }
      if (!drained) await once(csv, 'drain');
    },
    async close() {
      csv.end();
      await finished(file);
    },
  };
}
