import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { Cell } from './cells.js';

/** One line of a roster file with its row number as a spreadsheet shows it (the header is row 1). */
export interface SourceLine {
  readonly rowNumber: number;
  readonly cells: readonly Cell[];
}

export type RosterFormat = 'csv' | 'xlsx';

export function formatOf(file: string): RosterFormat | undefined {
  const ext = extname(file).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : undefined;
}

const isBlank = (cells: readonly Cell[]): boolean =>
  cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

/** CSV in UTF-8 with or without a BOM; short lines are padded by absence, long ones kept. */
async function* csvLines(file: string): AsyncGenerator<SourceLine> {
  const parser = createReadStream(file).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber++;
    if (!isBlank(record)) yield { rowNumber, cells: record };
  }
}

/** A spreadsheet cell's shown value: rich text joined, a formula's result, a link's text. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellOf(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

/** The first worksheet of an .xlsx, row by row, without loading the workbook. */
async function* xlsxLines(file: string): AsyncGenerator<SourceLine> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      // row.values is 1-based and sparse: index 0 is unused.
      const values = row.values as ExcelJS.CellValue[];
      const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) =>
        cellOf(values[i + 1]),
      );
      if (!isBlank(cells)) yield { rowNumber: row.number, cells };
    }
    return;
  }
}

/** The lines of a roster file, header first, blank lines skipped. */
export const readLines = (file: string, format: RosterFormat): AsyncGenerator<SourceLine> =>
  format === 'csv' ? csvLines(file) : xlsxLines(file);
