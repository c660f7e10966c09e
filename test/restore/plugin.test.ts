import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import '../../src/file-data.js';
import { toOriginalOffset } from '../../src/positions.js';
import parseText from '../../src/read/parse-text.js';
import restorePlugin from '../../src/restore/plugin.js';
import { loadRestorer } from '../../src/restore/restorer.js';
import type { LineNode, Root } from '../../src/tree.js';

const restorer = loadRestorer();

async function run(text: string): Promise<{ tree: Root; file: VFile }> {
  const processor = unified().use(parseText).use(restorePlugin, { restorer });
  const file = new VFile({ value: text });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, file };
}

const INPUT = 'Ban Thuong vu Tinh uy\nxay dung Ke hoach so 642-KH/TU\n\nCỘNG HÒA XÃ HỘI';

describe('restore plugin', () => {
  it('rewrites each line in place and keeps the original', async () => {
    const { tree } = await run(INPUT);
    const lines = tree.children as LineNode[];
    expect(lines.map((l) => l.value)).toEqual([
      'Ban Thường vụ Tỉnh ủy',
      'xây dựng Kế hoạch số 642-KH/TU',
      '',
      'CỘNG HÒA XÃ HỘI',
    ]);
    expect(lines[0]!.data?.original).toBe('Ban Thuong vu Tinh uy');
    expect(lines[3]!.data?.original).toBeUndefined();
  });

  it('maps restored offsets back to the input line', async () => {
    const { tree } = await run(INPUT);
    const line = tree.children[1] as LineNode;
    const original = line.data!.original!;
    const at = line.value.indexOf('642-KH/TU');
    expect(original.slice(toOriginalOffset(line.data!.anchors, at))).toBe('642-KH/TU');
    const hoach = line.value.indexOf('hoạch');
    expect(original.slice(toOriginalOffset(line.data!.anchors, hoach), toOriginalOffset(line.data!.anchors, hoach) + 5)).toBe('hoach');
  });

  it('puts the restoration summary on the file, with spans in the input', async () => {
    const { file } = await run(INPUT);
    const summary = file.data.restoration!;
    expect(summary.applied).toBe(true);
    expect(summary.changed).toBeGreaterThan(5);
    expect(summary.tokens).toBeGreaterThanOrEqual(summary.changed);
    const first = summary.details[0]!;
    expect(first.span.start).toEqual({ line: 1, column: 5, offset: 4 });
    expect(INPUT.slice(first.span.start.offset, first.span.end.offset)).toBe(first.original);
    const onLine2 = summary.details.find((d) => d.original === 'xay')!;
    expect(onLine2.span.start.line).toBe(2);
    expect(INPUT.slice(onLine2.span.start.offset, onLine2.span.end.offset)).toBe('xay');
  });

  it('leaves clean text alone', async () => {
    const { tree, file } = await run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect((tree.children as LineNode[]).every((l) => l.data?.original === undefined)).toBe(true);
    expect(file.data.restoration!.applied).toBe(false);
  });
});
