/** The HTML report's pages from documents: escaping of untrusted text, marked words, the slot for cross-links. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/api.js';
import { batchPage } from '../../../src/write/html/batch-page.js';
import { indexBatch } from '../../../src/write/html/batch-index.js';
import { crossLinksHtml, fillCrossLinks, SLOT_END, SLOT_START } from '../../../src/write/html/cross-links.js';
import { documentPage } from '../../../src/write/html/document-page.js';
import { htmlEntryOf } from '../../../src/write/html/entry.js';
import { markedTextHtml } from '../../../src/write/html/marked-text.js';
import type { RestoredToken } from '../../../src/types.js';

const HOSTILE = [
  'TỈNH ỦY HƯNG YÊN',
  'Số 642-KH/TU',
  'Hưng Yên, ngày 28 tháng 4 năm 2025',
  '',
  'KẾ HOẠCH',
  'về <script>alert("x")</script> và <!--dp:cross-links--> cùng </textarea><img src=x onerror=alert(1)>',
  '',
  'I- NHIỆM VỤ',
  '1. Sở Nội vụ chủ trì "<b>đậm</b>" & \'nháy\', thực hiện Kết luận số 148-KL/TW, hoàn thành trước ngày 31/10/2025.',
  '',
].join('\n');

function token(line: number, column: number, original: string, restored: string, confidence: number): RestoredToken {
  return { original, restored, confidence, alternatives: [], span: { start: { line, column }, end: { line, column: column + original.length } } };
}

describe('document page', () => {
  it('escapes every piece of document text: no markup from the input reaches the page', async () => {
    const { document, restoredText } = await parse(HOSTILE, { path: '<evil>.txt', restore: false });
    const html = documentPage('a"b<c', document, restoredText);
    expect(html).not.toMatch(/<script>alert/u);
    expect(html).not.toMatch(/<img src=x/u);
    expect(html).not.toMatch(/<b>đậm/u);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;&lt;b&gt;đậm&lt;/b&gt;&quot; &amp; &#39;nháy&#39;');
    // The slot marker printed in the document is text, so the page has exactly one slot.
    expect(html.split(SLOT_START)).toHaveLength(2);
    expect(html.split(SLOT_END)).toHaveLength(2);
    // Only the page's own script element.
    expect(html.match(/<script>/gu)).toHaveLength(1);
  });

  it('shows the tasks with lead, deadline and references, and the section tree linking into the text', async () => {
    const { document, restoredText } = await parse(HOSTILE, { path: 'plan.txt', restore: false });
    const html = documentPage('plan', document, restoredText);
    expect(html).toContain('<article class="task" id="task-0">');
    expect(html).toMatch(/<span class="label">Chủ trì<\/span> <span class="chip"[^>]*>Sở Nội vụ<\/span>/u);
    expect(html).toContain('data-due="2025-10-31"');
    expect(html).toMatch(/<a class="ref-id" href="#ref-0">148-KL\/TW<\/a>/u);
    expect(html).toContain('<a href="#L8"><b>I-</b> NHIỆM VỤ</a>');
    expect(html).toContain('<div class="ln" id="L9">');
  });
});

describe('marked text', () => {
  it('marks changed words, highlights low-confidence ones, and keeps what OCR printed for the tip', () => {
    const text = 'thực hiện Kết luận\nngày 08/4';
    const html = markedTextHtml(text, [token(1, 1, 'thuc', 'thực', 0.99), token(1, 11, 'Ket', 'Kết', 0.4), token(2, 1, 'ngay', 'ngày', 0.95)], 0.6);
    expect(html).toContain('<span class="w ch" data-o="thuc" data-c="99,0 %">thực</span> hiện <span class="w ch lo" data-o="Ket" data-c="40,0 %">Kết</span> luận');
    expect(html).toContain('<span class="w ch" data-o="ngay" data-c="95,0 %">ngày</span> 08/4');
  });

  it('finds a token whose line changed length before it, and leaves one it cannot find unmarked', () => {
    // "s6" became "số" and a space was dropped: the column no longer fits; "xyz" is nowhere.
    const html = markedTextHtml('số42 Hưng Yên', [token(1, 7, 'Humg', 'Hưng', 0.9), token(1, 12, 'xyz', 'abc', 0.2)], 0.6);
    expect(html).toContain('số42 <span class="w ch" data-o="Humg" data-c="90,0 %">Hưng</span> Yên');
    expect(html).not.toContain('abc');
  });

  it('escapes what OCR printed, in the attribute as in the text', () => {
    const html = markedTextHtml('a <b>', [token(1, 3, '"<x>', '<b>', 0.3)], 0.6);
    expect(html).toContain('data-o="&quot;&lt;x&gt;"');
    expect(html).toContain('>&lt;b&gt;</span>');
  });
});

describe('cross-links', () => {
  it('links a cited document of the batch to its page and lists who cites each document', async () => {
    const cited = htmlEntryOf('a', (await parse(HOSTILE, { path: 'a.txt', restore: false })).document);
    const citing = htmlEntryOf('b', (await parse(HOSTILE.replace('Số 642-KH/TU', 'Số 7-KH/HU').replace('Kết luận số 148-KL/TW', 'Kế hoạch số 642-KH/TU'), { path: 'b.txt', restore: false })).document);
    expect(citing.references).toContain('642-KH/TU');
    const index = indexBatch([cited, citing]);
    expect(crossLinksHtml(cited, index)).toContain('<p class="cited-by"><a class="doc-link" href="b.html">7-KH/HU</a></p>');
    expect(crossLinksHtml(citing, index)).toContain('<a class="doc-link" href="a.html">642-KH/TU</a> <span class="badge in">');
    const report = batchPage([cited, citing], { asOf: null });
    expect(report).toContain('<svg class="graph"');
    expect(report).toMatch(/<a href="a\.html" class="cited in">/u);
  });

  it('fills the slot again on a page already filled (a rerun), and leaves a page without one as it was', () => {
    const page = `x${SLOT_START}${SLOT_END}y`;
    const once = fillCrossLinks(page, 'one');
    expect(once).toBe(`x${SLOT_START}\none\n${SLOT_END}y`);
    expect(fillCrossLinks(once, 'two')).toBe(`x${SLOT_START}\ntwo\n${SLOT_END}y`);
    expect(fillCrossLinks('no slot', 'two')).toBe('no slot');
  });
});
