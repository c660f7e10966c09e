/**
 * A directive's plain text as the blocks a Word user would have typed:
 * paragraphs unwrapped (the text file's lines are the page's), capitalised
 * title lines and list items on their own, two columns side by side (the
 * heading, the signature) as a two-column table, and an appendix's
 * "STT …" rows as a table. For the fixture script only.
 */
import type { DocxBlock } from './docx-writer.js';

const GAP = /\S {3,}\S/u;
const DEADLINE = /\s((?:Tháng|Quý|Năm|Thường|Từ|Hằng|Trước|Trong)(?=\s|$).*)$/u;

function isTitle(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

function startsItem(line: string): boolean {
  return /^(?:[-+•]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[IVX]+\.\s|\(Kèm theo)/u.test(line);
}

function columns(lines: readonly string[]): DocxBlock {
  const left: string[] = [];
  const right: string[] = [];
  for (const line of lines) {
    const at = line.search(/ {3,}/u);
    if (at < 0) left.push(line.trim());
    else {
      left.push(line.slice(0, at).trim());
      right.push(line.slice(at).trim());
    }
  }
  return { kind: 'table', rows: [[left.filter((l) => l !== ''), right]] };
}

function appendixTable(lines: readonly string[]): DocxBlock {
  const rows = lines.map((line, i) => {
    if (i === 0) {
      const m = /^(STT)\s+(.+?)\s+(Thời gian.*?)(?:\s+(Ghi chú))?$/u.exec(line);
      return m ? [[m[1]!], [m[2]!], [m[3]!], [m[4] ?? '']] : [[line], [], [], []];
    }
    const m = /^(\S+)\s+(.*)$/u.exec(line)!;
    const deadline = DEADLINE.exec(m[2]!);
    const task = deadline ? m[2]!.slice(0, deadline.index) : m[2]!;
    return [[m[1]!], [task.trim()], [deadline?.[1] ?? ''], []];
  });
  return { kind: 'table', rows };
}

export function textBlocks(text: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const paragraphs = text.replace(/\r\n?/gu, '\n').split(/\n\s*\n/u).map((p) => p.split('\n').filter((l) => l.trim() !== ''));
  for (let i = 0; i < paragraphs.length; i++) {
    let lines = paragraphs[i]!;
    if (lines.length === 0) continue;
    // An appendix's column heads stand a blank line above its rows.
    if (lines.length === 1 && /^STT\s/u.test(lines[0]!) && i + 1 < paragraphs.length) lines = [...lines, ...paragraphs[++i]!];
    if (lines.filter((l) => GAP.test(l)).length * 2 >= lines.length) {
      blocks.push(columns(lines));
      continue;
    }
    if (/^STT\s/u.test(lines[0]!)) {
      blocks.push(appendixTable(lines));
      continue;
    }
    let current: string | null = null;
    const flush = (): void => {
      if (current !== null) blocks.push({ kind: 'paragraph', text: current });
      current = null;
    };
    for (const line of lines) {
      const trimmed = line.trim();
      if (isTitle(trimmed)) {
        flush();
        blocks.push({ kind: 'paragraph', text: trimmed, bold: true });
      } else if (current === null || startsItem(trimmed)) {
        flush();
        current = trimmed;
      } else current = `${current} ${trimmed}`;
    }
    flush();
  }
  return blocks;
}
