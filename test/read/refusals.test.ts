/** Inputs the reader refuses, and look-alikes it must not refuse. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode/index.js';
import { buildBinaryFixtures } from './helpers/binary-fixtures.js';
import { FIXTURES } from './helpers/fixtures.js';

const binaries = buildBinaryFixtures();

describe('binary data given as text', () => {
  it('has the committed fixtures the generator makes', () => {
    for (const f of binaries) expect(readFileSync(join(FIXTURES, 'binary', f.name)).equals(f.bytes), f.name).toBe(true);
  });

  it.each(binaries.map((f) => [f.name, f.looksLike] as const))('refuses binary/%s as %s', (name, looksLike) => {
    const bytes = readFileSync(join(FIXTURES, 'binary', name));
    const result = decodeBytes(bytes);
    expect(result).toMatchObject({ ok: false, code: 'binary-input', looksLike });
    expect(!result.ok && result.message).toMatch(new RegExp(`^looks like ${looksLike.replace(/[()]/gu, '\\$&')} \\(.+\\), not text$`, 'u'));
  });

  it('refuses binary data that happens to start with a UTF-16 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), readFileSync(join(FIXTURES, 'binary', 'noise.txt'))]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'binary-input', looksLike: 'binary data' });
  });

  it('refuses a signature even when an encoding is forced', () => {
    const pdf = readFileSync(join(FIXTURES, 'binary', 'pdf.txt'));
    expect(decodeBytes(pdf, { encoding: 'tcvn3' })).toMatchObject({ ok: false, code: 'binary-input' });
  });

  it('does not refuse text that merely starts like a signature', () => {
    for (const text of ['MZ-2025 là mã hồ sơ\n', 'BM-01: Biểu mẫu báo cáo\n', 'PK là viết tắt\n']) {
      expect(decodeBytes(Buffer.from(text, 'utf8'))).toMatchObject({ ok: true, text });
    }
  });

  it('does not refuse text with a stray NUL or control byte', () => {
    const bytes = Buffer.from('Kế hoạch số 642-KH/TU\n'.repeat(40), 'utf8');
    bytes[100] = 0;
    bytes[300] = 0x04;
    const result = decodeBytes(bytes);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((w) => w.ruleId)).toContain('control-characters');
  });
});

describe('empty input', () => {
  it('refuses an empty file', () => {
    expect(decodeBytes(readFileSync(join(FIXTURES, 'empty.txt')))).toEqual({
      ok: false,
      code: 'empty-input',
      message: 'is empty (0 bytes)',
    });
  });

  it('refuses whitespace only, no-break spaces included', () => {
    const bytes = readFileSync(join(FIXTURES, 'whitespace.txt'));
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'empty-input', message: `contains only whitespace (${bytes.length} bytes)` });
  });

  it('refuses a byte order mark with nothing after it, in UTF-8 and UTF-16', () => {
    for (const bom of [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]]) {
      expect(decodeBytes(Buffer.from(bom))).toMatchObject({ ok: false, code: 'empty-input', message: 'is empty (nothing but a byte order mark)' });
    }
  });

  it('refuses UTF-16 whitespace and empty strings alike', () => {
    expect(decodeBytes(Buffer.from('\ufeff \r\n\t ', 'utf16le'))).toMatchObject({ ok: false, code: 'empty-input' });
    expect(decodeBytes('')).toMatchObject({ ok: false, code: 'empty-input' });
    expect(decodeBytes(' \n\u200b')).toMatchObject({ ok: false, code: 'empty-input' });
  });
});
