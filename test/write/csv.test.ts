import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { taskRows, TASK_COLUMNS } from '../../src/write/csv-rows.js';
import { CsvSink, excelSafe } from '../../src/write/csv-sink.js';
import { tempDir } from '../cli/helpers.js';

const TEXT = [
  'TỈNH ỦY HƯNG YÊN',
  'Số 642-KH/TU',
  'Hưng Yên, ngày 28 tháng 4 năm 2025',
  '',
  'KẾ HOẠCH',
  'thực hiện Kết luận số 148-KL/TW',
  '',
  'II- NHIỆM VỤ, GIẢI PHÁP',
  '1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu "sắp xếp", hoàn thành trước ngày 31/10/2025.',
  '',
].join('\n');

function readCsv(path: string): Promise<string[][]> {
  const rows: string[][] = [];
  return new Promise((resolve, reject) => {
    parseString(readFileSync(path, 'utf8').replace(/^\uFEFF/u, ''))
      .on('data', (r: string[]) => rows.push(r))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

describe('batch CSVs', () => {
  it('defuses fields Excel would run as formulas, keeps numbers', () => {
    expect(excelSafe('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(excelSafe('- Tổ chức')).toBe("'- Tổ chức");
    expect(excelSafe('@x')).toBe("'@x");
    expect(excelSafe('-12,5')).toBe('-12,5');
    expect(excelSafe('2025-10-31')).toBe('2025-10-31');
    expect(excelSafe('Sở Nội vụ')).toBe('Sở Nội vụ');
  });

  it('writes a row per task, with the document named in every row, that a CSV reader reads back', async () => {
    const { document } = await parse(TEXT, { path: 'plan.txt' });
    const rows = taskRows('plan', document);
    expect(rows.length).toBe(document.tasks.length);
    expect(rows.length).toBeGreaterThan(0);
    const out = tempDir();
    const sink = new CsvSink(out);
    await sink.write('tasks', rows);
    await sink.close();
    const bytes = readFileSync(join(out, 'tasks.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const back = await readCsv(join(out, 'tasks.csv'));
    expect(back[0]).toEqual([...TASK_COLUMNS]);
    expect(back.slice(1)).toEqual(rows);
    const row = Object.fromEntries(TASK_COLUMNS.map((c, i) => [c, back[1]![i]]));
    expect(row['file']).toBe('plan');
    expect(row['document_id']).toBe('642-KH/TU');
    expect(row['text']).toContain('"sắp xếp"');
    expect(readdirSync(out).sort()).toEqual(['documents.csv', 'references.csv', 'tasks.csv']);
  });

  it('leaves nothing behind when aborted', async () => {
    const out = tempDir();
    const sink = new CsvSink(out);
    await sink.write('tasks', [['a']]);
    await sink.abort();
    expect(readdirSync(out)).toEqual([]);
  });
});
