/**
 * The official/ directives as training text: their wording, without the scrape's markup or the
 * site's notices; and the copies of a measured text found whatever their markup and accents.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateLines, officialTrainingText } from '../../scripts/dict/official-text.js';
import { shingles } from '../../scripts/dict/official-held-out.js';

describe('official text', () => {
  it('takes out emphasis, headings, tags and cell edges, joining a word emphasis cut', () => {
    const md = ['|', '**ỦY BAN NHÂN', 'DÂN**', '|', '# Điều 1', 'Hà Nội, ngày 21 tháng 11 n**ă**m 2025', '<td>Sở Tài chính</td>', '---------------'].join('\n');
    expect(officialTrainingText(md, new Set())).toBe(['', 'ỦY BAN NHÂN', 'DÂN', '', 'Điều 1', 'Hà Nội, ngày 21 tháng 11 năm 2025', 'Sở Tài chính', ''].join('\n'));
  });

  it('drops the lines many documents share and keeps the rest', () => {
    const notice = 'Bản dịch này thuộc quyền sở hữu của **THƯ VIỆN PHÁP LUẬT**.';
    const docs = [0, 1, 2].map((i) => `${notice}\nNội dung riêng số ${i}`);
    const boilerplate = boilerplateLines(docs, 3);
    expect(officialTrainingText(docs[1]!, boilerplate)).toBe('\nNội dung riêng số 1');
    expect(boilerplateLines(docs, 4).size).toBe(0);
  });

  it('finds the same wording stripped of accents or marked up, not a different text', () => {
    const text = 'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành phối hợp thực hiện nghiêm túc các nội dung trên';
    const same = shingles(text);
    const stripped = shingles('**Uy ban nhan dan tinh** de nghi cac so, ban, nganh phoi hop thuc hien nghiem tuc cac noi dung tren');
    const other = shingles('Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh ban hành');
    expect([...same].every((s) => stripped.has(s))).toBe(true);
    expect([...same].some((s) => other.has(s))).toBe(false);
  });
});
