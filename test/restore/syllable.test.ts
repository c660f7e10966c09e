import { describe, expect, it } from 'vitest';
import {
  applyCase,
  baseKey,
  casePattern,
  decompose,
  isWellFormedSyllable,
  normalizeToneStyle,
  stripTone,
  toneOf,
  withTone,
} from '../../src/restore/syllable.js';

describe('baseKey', () => {
  it('drops tone and vowel marks, maps đ to d and lower-cases', () => {
    expect(baseKey('Đảng')).toBe('dang');
    expect(baseKey('ƯỚC')).toBe('uoc');
    expect(baseKey('người')).toBe('nguoi');
  });
  it('gives the same key for NFC and NFD input', () => {
    expect(baseKey('Việt'.normalize('NFD'))).toBe(baseKey('Việt'));
  });
});

describe('tones', () => {
  it('reads the tone and strips it keeping vowel marks', () => {
    expect(toneOf('được')).toBe(5);
    expect(toneOf('ngã')).toBe(4);
    expect(toneOf('hỏi')).toBe(3);
    expect(toneOf('huyền')).toBe(2);
    expect(toneOf('sắc')).toBe(1);
    expect(toneOf('ngang')).toBe(0);
    expect(stripTone('Được')).toBe('Đươc');
  });
  it('places a tone on a toneless syllable', () => {
    expect(withTone('hoa', 2)).toBe('hòa');
    expect(withTone('hoa', 2, 'modern')).toBe('hoà');
    expect(withTone('nguoi', 2)).toBe('nguoi'); // not a syllable without its horns
    expect(withTone('người'.normalize('NFC').replace('ờ', 'ơ'), 2)).toBe('người');
  });
});

describe('decompose', () => {
  it('splits onset, vowel cluster and coda', () => {
    expect(decompose('Nguyễn')).toEqual({ onset: 'ng', nucleus: 'uyê', coda: 'n', tone: 4 });
    expect(decompose('giữa')).toEqual({ onset: 'gi', nucleus: 'ưa', coda: '', tone: 4 });
    expect(decompose('gìn')).toEqual({ onset: 'g', nucleus: 'i', coda: 'n', tone: 2 });
    expect(decompose('quốc')).toEqual({ onset: 'qu', nucleus: 'ô', coda: 'c', tone: 1 });
  });
  it('rejects strings without the shape of a syllable', () => {
    expect(decompose('s6')).toBeNull();
    expect(decompose('xyz')).toBeNull();
  });
});

describe('normalizeToneStyle', () => {
  it('moves the mark of open oa/oe/uy between the classic and modern styles', () => {
    expect(normalizeToneStyle('hoà', 'classic')).toBe('hòa');
    expect(normalizeToneStyle('khoẻ', 'classic')).toBe('khỏe');
    expect(normalizeToneStyle('thuỷ', 'classic')).toBe('thủy');
    expect(normalizeToneStyle('uỷ', 'classic')).toBe('ủy');
    expect(normalizeToneStyle('hòa', 'modern')).toBe('hoà');
    expect(normalizeToneStyle('Ủy', 'modern')).toBe('Uỷ');
  });
  it('leaves syllables whose place is fixed alone in both styles', () => {
    for (const s of ['hoàn', 'người', 'quý', 'giữa', 'của', 'ngoài', 'khuỷu', 'tuyển', 'HOẠCH']) {
      expect(normalizeToneStyle(s, 'classic')).toBe(s);
      expect(normalizeToneStyle(s, 'modern')).toBe(s);
    }
  });
  it('normalises NFD input to NFC', () => {
    expect(normalizeToneStyle('hoà'.normalize('NFD'), 'classic')).toBe('hòa');
  });
});

describe('isWellFormedSyllable', () => {
  it('accepts real syllables', () => {
    for (const s of ['đảng', 'nghiêm', 'quyết', 'khuya', 'giếng', 'xoong', 'thuở', 'rượu', 'ủy', 'yêu', 'gì', 'kỹ', 'oanh']) {
      expect(isWellFormedSyllable(s), s).toBe(true);
    }
  });
  it('rejects spelling and tone violations', () => {
    // stop codas take only sắc or nặng; k/gh/ngh before front vowels only, c/ng never;
    // ă needs a coda; ch follows only a, ê, i
    for (const s of ['bat', 'viet', 'nge', 'ce', 'ka', 'gha', 'ngha', 'ă', 'och', 's6', 'ctia', 'qu']) {
      expect(isWellFormedSyllable(s), s).toBe(false);
    }
  });
});

describe('case', () => {
  it('reads the case as printed despite OCR capitals inside words', () => {
    expect(casePattern('tAm')).toBe('lower');
    expect(casePattern('PANG')).toBe('upper');
    expect(casePattern('B¢')).toBe('title');
    expect(casePattern('HOi')).toBe('title');
    expect(casePattern('Đảng')).toBe('title');
    expect(casePattern('s6')).toBe('lower');
  });
  it('writes a syllable in a case', () => {
    expect(applyCase('upper', 'đảng')).toBe('ĐẢNG');
    expect(applyCase('title', 'ủy')).toBe('Ủy');
    expect(applyCase('lower', 'Tỉnh')).toBe('tỉnh');
  });
});
