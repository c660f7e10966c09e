/**
 * restoreText's `explain`: per token what came out and why, for each kind of decision; and the
 * restored text the same with and without it.
 */
import { describe, expect, it } from 'vitest';
import { loadRestorer, restoreText, type ExplainedToken } from '../../src/restore/index.js';

const restorer = loadRestorer();
const explain = (text: string): ExplainedToken[] => restoreText(text, restorer, { explain: true }).explained!;
const row = (rows: readonly ExplainedToken[], input: string): ExplainedToken | undefined => rows.find((r) => r.input === input);

/** A correctly accented paragraph, so that a line under test sits in a clean document. */
const BODY = 'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành phối hợp thực hiện nghiêm túc các nội dung trên.';
const CLEAN = [
  BODY,
  'Căn cứ Thông tư số 24/2020/TT-BCA ngày 10/3/2020 của Bộ Công an; bảo vệ BMNN và NSNN.',
  '<td>Sở Tài chính</td><td>Hằng năm</td>',
  'Ủy ban nhân dân tỉnh Sóc Trăng đề nghị đồng chí Nguyễn Văn Thiều, Phó Giám đốc Sở Tư pháp,',
  'phối hợp với các cơ quan, đơn vị tổ chức lễ phúng viếng theo đúng quy định.',
  'Xem https://vbpl.vn/van-ban.html',
  BODY,
].join('\n');
const GARBLED = 'Cac c¢ quan, đon vi tr ong tinh thuc hien nghiêm tüc Chi thi s6 15/CT-TTg cia Thu tuong Chinh phü.\n';

describe('explain', () => {
  it('reports a changed word with the channel and model evidence', () => {
    const rows = explain(GARBLED);
    const cia = row(rows, 'cia')!;
    expect(cia).toMatchObject({ output: 'của', decision: 'changed', reason: 'lm/noisy' });
    expect(cia.margin).toBeGreaterThan(0);
    expect(cia.confidence).toBeGreaterThan(0.5);
    expect(GARBLED.slice(cia.start, cia.end)).toBe('cia');
  });

  it('reports a protected symbol, kept or repaired', () => {
    expect(row(explain(CLEAN), '24/2020/TT-BCA')).toMatchObject({ output: '24/2020/TT-BCA', decision: 'kept', reason: 'symbol' });
    expect(row(explain(GARBLED), '15/CT-TTg')).toMatchObject({ decision: 'kept', reason: 'symbol' });
    expect(row(explain('Nghị định số 12/2025/NP-CP'), '12/2025/NP-CP')).toMatchObject({ output: '12/2025/NĐ-CP', decision: 'changed', reason: 'symbol' });
  });

  it('reports a repair withheld on a line in English', () => {
    const rows = explain(`${BODY}\nPursuant to the Decree No. 12/2025/ND-CP of the Government of Vietnam dated 2025;\n${BODY}`);
    expect(row(rows, '12/2025/ND-CP')).toMatchObject({ output: '12/2025/ND-CP', decision: 'kept', reason: 'symbol/english-line' });
  });

  it('reports acronyms, markup and addresses', () => {
    const rows = explain(CLEAN);
    expect(row(rows, 'BMNN')).toMatchObject({ output: 'BMNN', decision: 'kept', reason: 'acronym' });
    expect(row(rows, 'NSNN')).toMatchObject({ decision: 'kept', reason: 'acronym' });
    expect(rows.filter((r) => r.input === 'td').map((r) => r.reason)).toEqual(['markup', 'markup', 'markup', 'markup']);
    expect(row(rows, 'https://vbpl.vn/van-ban.html')).toMatchObject({ decision: 'kept', reason: 'url' });
  });

  it('reports a valid accented syllable kept in clean text, with what free decoding would print', () => {
    const thieu = row(explain(CLEAN), 'Thiều')!;
    expect(thieu).toMatchObject({ output: 'Thiều', decision: 'kept' });
    expect(thieu.reason).toMatch(/^(?:valid-syllable\/clean|clean-sentence)$/u);
    expect(thieu.alternative).not.toBeNull();
    expect(thieu.alternative).not.toBe('Thiều');
  });

  it('does not list plain words nothing could have changed', () => {
    const rows = explain(CLEAN);
    expect(rows.length).toBeLessThan(30);
    expect(row(rows, 'nghị')).toBeUndefined();
  });

  it('gives offsets into the input, in text order', () => {
    const rows = explain(CLEAN);
    for (const r of rows) expect(CLEAN.slice(r.start, r.end)).toBe(r.input);
    expect(rows.map((r) => r.start)).toEqual([...rows.map((r) => r.start)].sort((a, b) => a - b));
  });

  it('leaves the restored text and edits as they are without it', () => {
    for (const text of [CLEAN, GARBLED, 'Can cu Nghi dinh so 96/2024/ND-CP cua Chinh phu ve viec ban hanh quy che lam viec.']) {
      const plain = restoreText(text, restorer);
      const explained = restoreText(text, restorer, { explain: true });
      expect(explained.text).toBe(plain.text);
      expect(explained.edits).toEqual(plain.edits);
      expect(explained.tokens).toEqual(plain.tokens);
      expect(plain.explained).toBeUndefined();
    }
  });
});
