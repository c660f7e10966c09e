/**
 * A Word (.docx) file as Markdown: mammoth reads the document's paragraphs,
 * lists and tables, and ./html-markdown.ts writes them in the Markdown the
 * reader parses. Images, comments and tracked changes are left out; text
 * boxes and footnotes come along as mammoth gives them.
 */
import mammoth from 'mammoth';
import { htmlToMarkdown } from './html-markdown.js';
import { ScanError } from './page-error.js';

export async function docxMarkdown(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    throw new ScanError(`the Word file is damaged or not a .docx document (${text.split('\n')[0]})`);
  }
  const markdown = htmlToMarkdown(html);
  if (markdown.trim() === '') throw new ScanError('the Word file has no text');
  return markdown;
}
