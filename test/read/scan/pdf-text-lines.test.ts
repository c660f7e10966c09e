/** A PDF page's text pieces laid out as lines in reading order. */
import { describe, expect, it } from 'vitest';
import { textLayerLines, usableTextLayer, type TextPiece } from '../../../src/read/scan/pdf-text-lines.js';

const piece = (str: string, x: number, y: number, size = 12): TextPiece => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size });

describe('textLayerLines', () => {
  it('orders pieces top to bottom and left to right, whatever order the PDF drew them in', () => {
    const lines = textLayerLines([piece('thực hiện', 100, 700), piece('Kế hoạch', 100, 714), piece('số 286', 152, 714)]);
    expect(lines).toEqual(['Kế hoạch số 286', 'thực hiện']);
  });

  it('keeps two columns of one line apart with a wide gap', () => {
    const [line] = textLayerLines([piece('CỘNG HÒA', 300, 800), piece('ỦY BAN', 50, 800)]);
    expect(line).toMatch(/^ỦY BAN {4,}CỘNG HÒA$/u);
  });

  it('puts a blank line where the page leaves a line empty', () => {
    expect(textLayerLines([piece('I. MỤC TIÊU', 50, 700), piece('1. Sản lượng', 50, 672)])).toEqual(['I. MỤC TIÊU', '', '1. Sản lượng']);
  });

  it('composes decomposed Vietnamese to NFC', () => {
    expect(textLayerLines([piece('Ti\u0309nh', 50, 700)])).toEqual(['Tỉnh']);
  });
});

describe('usableTextLayer', () => {
  it('wants letters, and few characters no text has', () => {
    expect(usableTextLayer(['Kế hoạch triển khai các nhiệm vụ trọng tâm'])).toBe(true);
    expect(usableTextLayer(['- 2 -'])).toBe(false);
    expect(usableTextLayer(['\uE001\uE002\uE003 abc'.repeat(10)])).toBe(false);
  });
});
