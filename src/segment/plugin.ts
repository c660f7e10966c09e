/**
 * The segment stage: regroups the root's `line` children into header,
 * paragraph, section, footnote, recipients, signature, table and ignorable
 * blocks (src/tree.ts), and reports what it could not read as vfile messages.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { pointInLine } from '../positions.js';
import type { LineNode, Root } from '../tree.js';
import type { Issue } from './issues.js';
import { segmentLines } from './segment.js';
import { defaultPlaces } from '../dict/index.js';
import type { PlaceTable } from '../vi/places.js';

function report(file: VFile, found: Issue): void {
  const options = {
    ruleId: found.ruleId,
    source: 'segment',
    ...(found.line ? { place: pointInLine(found.line, found.offset ?? 0) } : {}),
  };
  if (found.severity === 'info') file.info(found.reason, options);
  else file.message(found.reason, options);
}

export interface SegmentPluginOptions {
  /** The places gazetteer of the dictionary in use (src/dict); the package's by default. */
  places?: PlaceTable;
}

const segment: Plugin<[SegmentPluginOptions?], Root> = function (options = {}) {
  const places = options.places ?? defaultPlaces();
  return (tree: Root, file: VFile) => {
    const lines = tree.children.filter((c): c is LineNode => c.type === 'line');
    // Already segmented (the plugin used twice): leave the blocks alone.
    if (lines.length !== tree.children.length) return;
    const { blocks, issues } = segmentLines(lines, places);
    tree.children = blocks;
    for (const found of issues) report(file, found);
  };
};

export default segment;
