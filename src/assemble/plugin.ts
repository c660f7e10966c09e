/**
 * Assembly as the processor's compiler: the finished tree becomes the document object, so
 * `processor.stringify(tree, file)` (or `process`) yields a DirectiveDocument, typed as such.
 * The input's description comes from `file.data.source`, which processText sets; a file
 * processed without one is described from its own text.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import '../file-data.js';
import type { Root } from '../tree.js';
import type { DirectiveDocument, SourceInfo } from '../types.js';
import { assembleDocument } from './index.js';

declare module 'unified' {
  interface CompileResultMap {
    DirectiveDocument: DirectiveDocument;
  }
}

function sourceOf(file: VFile): SourceInfo {
  if (file.data.source) return file.data.source;
  const text = String(file.value);
  return {
    path: file.path || null,
    sha256: createHash('sha256').update(text).digest('hex'),
    encoding: 'utf-8',
    format: 'text',
    kind: 'text',
    bytes: Buffer.byteLength(text),
    lines: text.split('\n').length,
    pages: null,
  };
}

const assemble: Plugin<[], Root, DirectiveDocument> = function () {
  this.compiler = (tree, file) => assembleDocument(tree as Root, file, sourceOf(file));
};

export default assemble;
