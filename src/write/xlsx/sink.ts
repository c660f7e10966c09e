/**
 * directives.xlsx, the batch as a workbook: sheets Documents, Tasks and
 * References, one row per document, task and cited document, cells typed by
 * column (columns.ts), the heading row frozen and filtered, columns as wide
 * as their content (long text wrapped). The rows are spooled to disk as the
 * batch goes (spool.ts), then the workbook is streamed sheet by sheet into a
 * temporary file (exceljs's streaming writer, each row committed as it is
 * read back and held back while the zip is behind: book.ts), flushed, and
 * renamed into place with the other batch files. Memory stays flat however
 * many rows the batch has (bench/xlsx-memory.ts).
 *
 * The same rows give the same bytes: the workbook's recorded times and its
 * zip entries' times are fixed, so reruns and --jobs change nothing.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openAtomicStream, type AtomicStream } from '../atomic.js';
import type { BatchSink, BatchSinkContext } from '../batch-sink.js';
import { TABLE_NAMES, type DocumentTables, type TableName } from '../batch-tables.js';
import type { Lang } from '../../i18n/lang.js';
import { FIXED_TIME, PacedWorkbookWriter } from './book.js';
import { cellValue } from './cells.js';
import { columnsOf, SHEETS, type ColumnSpec } from './columns.js';
import { RowSpool } from './spool.js';

export const XLSX_FILE = 'directives.xlsx';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const MAX_SHORT_WIDTH = 30;
const DATE_FORMAT = 'dd/mm/yyyy';

type Spools = Record<TableName, RowSpool>;
type SheetOf = (typeof SHEETS)[number];

function widthOf(spec: ColumnSpec, heading: string, widest: number): number {
  const cap = spec.kind === 'long-text' ? MAX_WIDTH : MAX_SHORT_WIDTH;
  const content = spec.kind === 'date' ? 10 : widest;
  return Math.min(cap, Math.max(MIN_WIDTH, heading.length + 2, content + 1));
}

async function writeSheet(workbook: PacedWorkbookWriter, sheetOf: SheetOf, spool: RowSpool, lang: Lang, failed: Promise<Error>): Promise<void> {
  const { name, table } = sheetOf;
  const specs = columnsOf(table);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = specs.map((spec, i) => {
    const heading = spec.heading[lang];
    const style: Partial<ExcelJS.Style> = {
      alignment: { vertical: 'top', wrapText: spec.kind === 'long-text' },
      ...(spec.kind === 'date' ? { numFmt: DATE_FORMAT } : {}),
    };
    return { header: heading, key: spec.key, width: widthOf(spec, heading, spool.widths[i] ?? 0), style };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: specs.length } };
  for await (const row of spool.read()) {
    sheet.addRow(specs.map((spec, i) => cellValue(row[i] ?? '', spec.kind))).commit();
    // Each committed row is written through at once: waiting here for the zip is what keeps memory flat.
    if (workbook.backlogged()) await workbook.drained(failed);
  }
  sheet.commit();
}

export async function openXlsxSink(context: BatchSinkContext): Promise<BatchSink<DocumentTables>> {
  const target = join(context.outDir, XLSX_FILE);
  const spools = Object.fromEntries(TABLE_NAMES.map((t) => [t, new RowSpool(`${target}.${t}`)])) as Spools;
  let file: AtomicStream | null = null;
  const removeSpools = (): Promise<unknown> => Promise.all(Object.values(spools).map((s) => s.remove()));
  return {
    async write(tables) {
      for (const t of TABLE_NAMES) await spools[t].write(tables[t]);
    },
    async finish() {
      try {
        await Promise.all(Object.values(spools).map((s) => s.close()));
        file = openAtomicStream(target, context.disk);
        const workbook = new PacedWorkbookWriter({ stream: file.stream, useStyles: true, useSharedStrings: false });
        Object.assign(workbook, { created: FIXED_TIME, modified: FIXED_TIME, creator: 'directive-parse', lastModifiedBy: 'directive-parse' });
        for (const sheet of SHEETS) await writeSheet(workbook, sheet, spools[sheet.table], context.lang, file.failed);
        await Promise.race([workbook.commit(), file.failed.then((err) => Promise.reject(err))]);
        await file.finish();
      } catch (err) {
        await file?.abort();
        throw err;
      } finally {
        await removeSpools();
      }
    },
    async commit() {
      if (!file) throw new Error(`${XLSX_FILE} was not finished before it was put in place`);
      await file.commit();
    },
    async abort() {
      await removeSpools();
      await file?.abort();
    },
  };
}
