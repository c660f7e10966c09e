/** Decoding and detection: every encoding the reader knows, and the cases detection must not get wrong. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type DecodeOk } from '../../src/read/decode/index.js';
import type { EncodingName } from '../../src/types.js';
import { FIXTURES, PASSAGE, buildFixtures } from './helpers/fixtures.js';
import { encodeTcvn3, encodeVni, encodeWindows1258 } from './helpers/legacy.js';

function decoded(bytes: Uint8Array | string, encoding?: EncodingName): DecodeOk {
  const result = decodeBytes(bytes, encoding ? { encoding } : {});
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

const fixtures = buildFixtures();

describe('the passage in every encoding', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s is the committed fixture', (name, fixture) => {
    // Regenerate with `npx tsx test/fixtures/read/generate.ts`.
    expect(readFileSync(join(FIXTURES, name)).equals(fixture.bytes)).toBe(true);
  });

  it.each(fixtures.map((f) => [f.name, f.encoding] as const))('%s decodes to the same NFC text, detected as %s', (name, encoding) => {
    const result = decoded(readFileSync(join(FIXTURES, name)));
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(PASSAGE);
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.warnings[0]).toMatchObject({ severity: 'info', ruleId: 'encoding-detected', source: 'read' });
  });

  it('decodes with an explicit encoding, and the override wins over detection', () => {
    const tcvn3 = readFileSync(join(FIXTURES, 'passage.tcvn3.txt'));
    expect(decoded(tcvn3, 'tcvn3').text).toBe(PASSAGE);
    const forced = decoded(tcvn3, 'windows-1258');
    expect(forced.encoding).toBe('windows-1258');
    expect(forced.text).not.toBe(PASSAGE);
    expect(forced.warnings[0]!.message).toContain('as given');
    expect(decoded(readFileSync(join(FIXTURES, 'passage.utf16be.txt')), 'utf-16be').text).toBe(PASSAGE);
  });
});

describe('detection line by line', () => {
  // Directive sentences; each has at least two words with diacritics, the least detection needs.
  const lines = readFileSync(join(FIXTURES, 'corpus.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const encoders = { 'windows-1258': encodeWindows1258, tcvn3: encodeTcvn3, vni: encodeVni } as const;

  it.each(Object.keys(encoders) as Array<keyof typeof encoders>)('tells %s on every single line', (encoding) => {
    const wrong = lines.filter((line) => decoded(encoders[encoding](line)).encoding !== encoding);
    expect(wrong).toEqual([]);
  });

  it('leaves a line with a single toned word to UTF-8: one word is no evidence', () => {
    expect(decoded(encodeTcvn3('Việt Nam')).encoding).toBe('utf-8');
  });
});

describe('UTF-8 stays UTF-8', () => {
  it('takes plain ASCII as UTF-8', () => {
    const result = decoded(Buffer.from('TINH UY HUNG YEN\nKE HOACH\n', 'latin1'));
    expect(result.encoding).toBe('utf-8');
    expect(result.warnings[0]!.message).toContain('plain ASCII');
  });

  it('keeps OCR text with stray high bytes as UTF-8 and counts the bad bytes', () => {
    // Unaccented OCR text (like the seeds) with bytes that TCVN3 would read as toned vowels.
    const text = 'Thuc hien Ket luan so 148-KL/TW ngay 08/4/2025 cua Bo Chinh tri, Ban Bi thu ve ket qua kiem tra.\n'.repeat(8);
    const bytes = Buffer.from(text, 'latin1');
    for (const at of [5, 90, 200, 333, 501, 640]) bytes[at] = 0xb8;
    const result = decoded(bytes);
    expect(result.encoding).toBe('utf-8');
    const invalid = result.warnings.find((w) => w.ruleId === 'invalid-utf8');
    expect(invalid).toMatchObject({ severity: 'warning', line: 1 });
    expect(invalid!.message).toMatch(/^6 invalid UTF-8 bytes replaced/u);
    expect(result.text.match(/\uFFFD/gu)).toHaveLength(6);
  });

  it('keeps Vietnamese UTF-8 with damaged bytes as UTF-8', () => {
    const bytes = Buffer.from(PASSAGE, 'utf8');
    const at = bytes.indexOf('642');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
    const result = decoded(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.warnings.find((w) => w.ruleId === 'invalid-utf8')!.message).toMatch(/^2 invalid UTF-8 bytes/u);
  });
});

describe('invalid UTF-8 counting', () => {
  const count = (bytes: number[]): string | undefined =>
    decoded(Buffer.from([0x61, 0x62, ...bytes, 0x63]), 'utf-8').warnings.find((w) => w.ruleId === 'invalid-utf8')?.message;

  it.each([
    ['a lone continuation byte', [0x80], 1],
    ['a byte never used in UTF-8', [0xff], 1],
    ['a truncated three-byte sequence', [0xe1, 0xbb], 2],
    ['an overlong encoding', [0xc0, 0xaf], 2],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 3],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 4],
  ])('counts %s', (_, bytes, expected) => {
    expect(count(bytes)).toMatch(new RegExp(`^${expected} invalid UTF-8 byte`, 'u'));
  });

  it('reports nothing for valid text and names the line of the first bad byte', () => {
    expect(count([0xe1, 0xbb, 0x87])).toBeUndefined();
    const result = decoded(Buffer.from([0x61, 0x0d, 0x0a, 0x62, 0x0d, 0x63, 0x0a, 0xff]), 'utf-8');
    expect(result.warnings.find((w) => w.ruleId === 'invalid-utf8')!.line).toBe(4);
  });
});

describe('line endings and normal form', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(decoded(Buffer.from('a\r\nb\rc\n\r\nd')).text).toBe('a\nb\nc\n\nd');
  });

  it('composes decomposed input to NFC', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    expect(decoded(Buffer.from(nfd, 'utf8')).text).toBe('Việt Nam');
    expect(decoded(nfd).text).toBe('Việt Nam');
  });

  it('warns about control characters but keeps them', () => {
    const result = decoded(Buffer.from('một\nhai\u0004ba\n'));
    expect(result.text).toBe('một\nhai\u0004ba\n');
    expect(result.warnings.find((w) => w.ruleId === 'control-characters')).toMatchObject({ line: 2 });
  });

  it('drops the odd last byte of UTF-16 with a warning', () => {
    const bytes = Buffer.concat([Buffer.from('\ufeffHà Nội', 'utf16le'), Buffer.from([0x41])]);
    const result = decoded(bytes);
    expect(result.text).toBe('Hà Nội');
    expect(result.warnings.map((w) => w.ruleId)).toContain('utf16-odd-length');
  });
});
