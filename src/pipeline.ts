/**
 * The unified processor: a parser (text or Markdown → root of lines), then the
 * restore, segment and extract transformers, then assembly, the compiler, into
 * the document object. One processor per document format and restorer; the
 * restorer (the dictionary) is loaded once and shared.
 */
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import assemblePlugin from './assemble/plugin.js';
import { openDictionary, type Dictionary } from './dict/index.js';
import type { PlaceTable } from './vi/places.js';
import extractPlugin from './extract/plugin.js';
import { extractTables } from './extract/tables.js';
import './file-data.js';
import parseMarkdown from './read/parse-markdown.js';
import parseText from './read/parse-text.js';
import restorePlugin, { type RestorePluginOptions } from './restore/plugin.js';
import segmentPlugin from './segment/plugin.js';
import type { Node, Parent } from 'unist';
import type { LineNode, Root } from './tree.js';
import type { DirectiveDocument, InputFormat, RunInfo, SourceInfo } from './types.js';
import type { ExplainRow } from './restore/explain-rows.js';

export interface PipelineOptions {
  format: InputFormat;
  /** Restoration settings; `false` skips the stage (text taken as printed). */
  restore: RestorePluginOptions | false;
  /**
   * The dictionary whose tables the stages are handed (places, agencies, syllables); by default
   * the restorer's (its folder, `--dict-dir`), and without restoration the package's dict/.
   */
  dictionary?: Dictionary;
}

function dictionaryOf(options: PipelineOptions): Dictionary {
  if (options.dictionary) return options.dictionary;
  const restore = options.restore === false ? undefined : options.restore;
  return openDictionary(restore?.restorer?.dictDir ?? restore?.dictDir);
}

/** The places the header is read by: a restorer's own table when it was given one, else the dictionary's. */
function placesOf(options: PipelineOptions, dictionary: Dictionary): PlaceTable {
  const restorer = options.dictionary || options.restore === false ? undefined : options.restore.restorer;
  return restorer?.places ?? dictionary.places();
}

export interface ProcessedDocument {
  document: DirectiveDocument;
  /** The restored text with the input's line structure, line for line. */
  restoredText: string;
  /** With the restore option `explain`: per token, what the restorer decided and why. */
  explanation?: ExplainRow[];
  tree: Root;
  file: VFile;
}

type DirectiveProcessor = Processor<Root, Root, Root, Root, DirectiveDocument>;

export function createProcessor(options: PipelineOptions): DirectiveProcessor {
  // Built step by step through one loosely typed handle: unified's overloads cannot
  // type a parser chosen at run time or a transformer that may be left out.
  let processor = (options.format === 'markdown' ? unified().use(parseMarkdown) : unified().use(parseText)) as unknown as Processor<Root>;
  if (options.restore !== false) processor = processor.use(restorePlugin, options.restore) as unknown as Processor<Root>;
  const dictionary = dictionaryOf(options);
  return processor
    .use(segmentPlugin, { places: placesOf(options, dictionary) })
    .use(extractPlugin, { tables: extractTables(dictionary) })
    .use(assemblePlugin) as unknown as DirectiveProcessor;
}

/**
 * Restored text, line for line: every line node's current value at its input
 * line. Segmentation regroups lines but keeps each of them as a leaf, so the
 * finished tree still holds them all; input lines no node covers (Markdown
 * syntax lines) stay as they were.
 */
export function restoredLines(tree: Root, text: string): string {
  const lines = text.split('\n');
  placeLines(tree, lines);
  return lines.join('\n');
}

// A walk of its own rather than unist-util-visit, which makes a closure per node (the hot-path convention of ARCHITECTURE.md).
function placeLines(node: Node, lines: string[]): void {
  if (node.type === 'line') {
    const line = node as LineNode;
    lines[line.position.start.line - 1] = line.value;
    return;
  }
  const children = (node as Partial<Parent>).children;
  if (children) for (const child of children) placeLines(child, lines);
}

/** Runs the whole pipeline over decoded text. */
export async function processText(
  text: string,
  source: SourceInfo,
  processor: DirectiveProcessor,
  /** Called with the file before the stages run, e.g. to carry the read stage's messages. */
  prepare?: (file: VFile) => void,
  /** What makes the document (src/run-info.ts), for its `run` record; null when not given. */
  run?: RunInfo,
): Promise<ProcessedDocument> {
  const file = new VFile({ value: text, path: source.path ?? undefined });
  file.data.source = source;
  if (run) file.data.run = run;
  prepare?.(file);
  const tree = await processor.run(processor.parse(file), file);
  return {
    document: processor.stringify(tree, file),
    restoredText: restoredLines(tree, text),
    ...(file.data.explanation ? { explanation: file.data.explanation } : {}),
    tree,
    file,
  };
}
