/** The interface in Vietnamese or English: one catalogue, both languages complete, chosen by --lang or the locale. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, translate, type MessageId } from '../../src/i18n/catalogue.js';
import { langFromEnv, LANGS } from '../../src/i18n/lang.js';
import { run, tempDir } from './helpers.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!).sort();

describe('message catalogue', () => {
  it('has every message in every language, with the same values to fill in', () => {
    for (const [id, entry] of Object.entries(CATALOGUE)) {
      for (const lang of LANGS) expect((entry as Record<string, string>)[lang]?.trim(), `${id} ${lang}`).toBeTruthy();
      expect(placeholders(entry.vi), id).toEqual(placeholders(entry.en));
    }
  });

  it('fills in values and counts', () => {
    expect(translate('en', 'summary.written', { count: 1 })).toBe('1 document written');
    expect(translate('en', 'summary.written', { count: 3 })).toBe('3 documents written');
    expect(translate('vi', 'summary.written', { count: 3 })).toBe('đã ghi 3 văn bản');
  });
});

describe('language of the interface', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({ LANG: 'vi_VN.UTF-8' })).toBe('vi');
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_MESSAGES: 'vi', LANG: 'C' })).toBe('vi');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });

  it('gives a Vietnamese summary on a Vietnamese locale, and English with --lang en', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'KẾ HOẠCH\nSố 1-KH/TU\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n');
    const vi = await run(['a.txt', '-o', 'out', '-j', '1'], { cwd: dir, env: { LANG: 'vi_VN.UTF-8' } });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^tệp +loại +số hiệu/mu);
    expect(vi.stdout).toContain('đã ghi 1 văn bản, 1 nhiệm vụ');
    expect(vi.stdout).toContain(`kết quả trong ${join(dir, 'out')}`);
    const en = await run(['a.txt', '-o', 'out', '-j', '1', '--lang', 'en'], { cwd: dir, env: { LANG: 'vi_VN.UTF-8' } });
    expect(en.stdout).toContain('1 document written, 1 tasks');
  });

  it('gives --help and usage errors in Vietnamese', async () => {
    const help = await run(['--help', '--lang', 'vi']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('thư mục kết quả');
    expect(help.stdout).toContain('in phiên bản rồi thoát');
    expect(help.stdout).toMatch(/^Tuỳ chọn:$/mu);
    const bad = await run(['--bogus', 'x.txt'], { env: { LC_ALL: 'vi_VN.UTF-8' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("không có tuỳ chọn '--bogus'");
    const none = await run(['--lang', 'vi']);
    expect(none.stderr).toContain('chưa có đầu vào nào');
  });

  it('names every summary heading in both languages', () => {
    for (const c of ['file', 'type', 'id', 'date', 'sections', 'tasks', 'refs', 'deadlines', 'warnings']) {
      expect(CATALOGUE[`summary.${c}` as MessageId]).toBeDefined();
    }
  });
});
