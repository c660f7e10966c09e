/** The processor runs every stage and compiles the finished tree to the document object (assembly is its compiler). */
import { describe, expect, it } from 'vitest';
import { createProcessor, processText } from '../../src/pipeline.js';
import type { DirectiveDocument } from '../../src/types.js';

const TEXT = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước 31/12/2025.\n';

describe('the processor', () => {
  it('compiles the tree to the document object', async () => {
    const processor = createProcessor({ format: 'text', restore: false });
    const file = await processor.process(TEXT);
    const document: DirectiveDocument = file.result;
    expect(document.header.id).toBe('642-KH/TU');
    expect(document.references.map((r) => r.id)).toEqual(['148-KL/TW']);
    expect(document.tasks[0]).toMatchObject({ lead: [expect.objectContaining({ canonical: 'Sở Nội vụ' })], deadlines: [expect.objectContaining({ due: '2025-12-31' })] });
    expect(document.source).toMatchObject({ path: null, encoding: 'utf-8', format: 'text', bytes: Buffer.byteLength(TEXT) });
    // processText describes the input as it was read, and gives the same document otherwise.
    const source = { ...document.source, path: 'plan.txt', encoding: 'windows-1258' as const };
    const processed = await processText(TEXT, source, processor);
    expect(processed.document.source).toEqual(source);
    expect({ ...processed.document, source: null, messages: [] }).toEqual({ ...document, source: null, messages: [] });
  });
});
