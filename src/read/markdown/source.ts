/** Line lookups in the Markdown source, for points mdast does not give. */
import type { Point } from 'unist';

export interface SourceLines {
  text: string;
  /** Offset where each line starts; index 0 is line 1. */
  starts: number[];
}

export function indexLines(text: string): SourceLines {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/gu)) starts.push(match.index + match[0].length);
  // A final line break does not open another line.
  if (starts.length > 1 && starts[starts.length - 1] === text.length) starts.pop();
  return { text, starts };
}

/** The text of a 1-based line, without its line break. */
export function lineText(source: SourceLines, line: number): string {
  const start = source.starts[line - 1];
  if (start === undefined) return '';
  const next = source.starts[line];
  return source.text.slice(start, next ?? source.text.length).replace(/(?:\r\n|\r|\n)$/u, '');
}

export function pointAt(source: SourceLines, line: number, column: number): Point {
  return { line, column, offset: (source.starts[line - 1] ?? 0) + column - 1 };
}

/**
 * Where the content of a continuation line starts: after indentation and
 * block-quote markers, which mdast drops from the text.
 */
export function contentStart(source: SourceLines, line: number): Point {
  const text = lineText(source, line);
  const skipped = /^[\s>]*/u.exec(text)?.[0].length ?? 0;
  return pointAt(source, line, skipped + 1);
}
