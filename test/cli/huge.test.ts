/**
 * Inputs far larger than any directive: a 10 MB file and a 1.2 MB line with
 * no line break (20 and 3 parts, a first, a middle and a last: what holds for
 * them holds for any number of parts, and the suite is not kept waiting on a
 * hundred). They are processed in parts of PART_BYTES, each its own
 * document, so memory stays bounded; together the parts hold every line.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART_BYTES } from '../../src/read/parts.js';
import { run, tempDir } from './helpers.js';

const MB = 1024 * 1024;
const PARAGRAPH =
  'Các sở, ban, ngành, đoàn thể tỉnh và các huyện ủy, thành ủy căn cứ kế hoạch số 642-KH/TU ngày 28/4/2025 xây dựng chương trình cụ thể để triển khai thực hiện.\n' +
  'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu, hoàn thành trước ngày 31/10/2025.\n\n';

function fill(bytes: number, unit: string): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

function parts(out: string, stem: string): Array<{ name: string; doc: { source: { lines: number; sha256: string }; messages: Array<{ ruleId: string; message: string }> } }> {
  return readdirSync(out)
    .filter((f) => f.startsWith(`${stem}.part`) && f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, doc: JSON.parse(readFileSync(join(out, name), 'utf8')) }));
}

describe('huge inputs', () => {
  it('a 10 MB file is processed in parts, every line in one of them, within bounded memory', async () => {
    const dir = tempDir();
    // Twenty parts (40 before): a first, middle ones and a last, as many times the input one part may hold. Peak RSS
    // was 369 MB at 10 MB (bound 1536 MB); the 20 MB run cost about twice the CPU for the same checks.
    const text = fill(10 * MB, PARAGRAPH);
    writeFileSync(join(dir, 'dump.txt'), text);
    // Restoration is off only to keep the suite quick; it is per part like every stage (the 1.2 MB line below has it on).
    const r = await run(['dump.txt', '-o', 'out', '--no-restore', '--jobs', '2', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    const found = parts(join(dir, 'out'), 'dump');
    const expected = Math.ceil(Buffer.byteLength(text) / PART_BYTES);
    expect(found).toHaveLength(expected);
    expect(found.reduce((n, p) => n + p.doc.source.lines, 0)).toBe(text.split('\n').length - 1);
    expect(new Set(found.map((p) => p.doc.source.sha256)).size).toBe(1);
    expect(found[1]!.doc.messages.find((m) => m.ruleId === 'input-part')!.message).toMatch(new RegExp(`^Part 0*2 of ${expected} of a 10\\.0 MB input`, 'u'));
    expect(readFileSync(join(dir, 'out', 'documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(expected + 1);
    // This process ran the workers: its peak memory is the batch's (one document at a time is a few hundred MB).
    expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(1536);
  });

  it('a 1.2 MB line with no line break is cut at spaces into parts, and restored', async () => {
    const dir = tempDir();
    // Three parts hold every case four did (a first part, a middle one, a last), for 60 % of the restoring.
    const line = fill(1.2 * MB, 'Ket luan so 148-KL/TW ngay 08/4/2025 cua Bo Chinh tri ve cong tac can bo, ').trimEnd();
    writeFileSync(join(dir, 'line.txt'), line);
    const r = await run(['line.txt', '-o', 'out', '-f', 'json,txt', '--jobs', '2', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    const found = parts(join(dir, 'out'), 'line');
    expect(found).toHaveLength(Math.ceil(Buffer.byteLength(line) / PART_BYTES));
    const restored = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.restored.txt')).sort().map((f) => readFileSync(join(dir, 'out', f), 'utf8'));
    expect(restored.join('').length).toBe(line.length);
    expect(restored[0]).toMatch(/^Kết luận số 148-KL\/TW ngày 08\/4\/2025 của Bộ Chính trị/u);
    for (const p of found) expect(p.doc.source.lines, p.name).toBe(1);
  });
});
