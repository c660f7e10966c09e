/** The tables a document adds to the batch CSVs and the workbook, as rows of text in the columns of csv-rows.ts. */
import type { CsvRow } from './csv-rows.js';

export const TABLE_NAMES = ['tasks', 'references', 'documents'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type DocumentTables = Record<TableName, CsvRow[]>;
