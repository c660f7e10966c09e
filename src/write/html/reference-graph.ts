/**
 * The batch's reference graph as inline SVG, laid out without a library: the
 * batch's documents in a column on the left, on the right the documents they
 * cite that matter to the batch (those in the batch, and those two or more
 * of its documents cite), a curve for each citation. Large batches are cut to
 * the most cited, so the picture stays readable.
 */
import type { BatchIndex } from './batch-index.js';
import { entryTitle, type HtmlEntry } from './entry.js';
import { esc } from './escape.js';
import { VI } from './strings.js';

const MAX_DOCS = 40;
const MAX_CITED = 30;
const ROW = 28;
const WIDTH = 900;
const BOX = 250;
const LABEL_CHARS = 34;

function label(text: string): string {
  return text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1)}…`;
}

function node(x: number, y: number, text: string, cls: string, href: string | null, title: string): string {
  const box = `<rect x="${x}" y="${y}" width="${BOX}" height="${ROW - 6}" rx="5"/><text x="${x + 8}" y="${y + 15}">${esc(label(text))}</text><title>${esc(title)}</title>`;
  return href === null ? `<g class="${cls}">${box}</g>` : `<a href="${esc(href)}" class="${cls}">${box}</a>`;
}

export function referenceGraphHtml(entries: readonly HtmlEntry[], index: BatchIndex): string {
  const cited = [...index.citedBy]
    .filter(([id, by]) => by.length >= 2 || index.pageOf.has(id))
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_CITED);
  if (cited.length === 0) return `<p class="muted">${esc(VI.graphEmpty)}</p>`;
  const citing = new Set(cited.flatMap(([, by]) => by.map((e) => e.name)));
  const docs = entries.filter((e) => citing.has(e.name)).slice(0, MAX_DOCS);
  const capped = docs.length < citing.size || cited.length < [...index.citedBy].filter(([id, by]) => by.length >= 2 || index.pageOf.has(id)).length;
  const rows = Math.max(docs.length, cited.length);
  const height = rows * ROW + 10;
  const leftY = (i: number): number => 5 + i * ((rows * ROW) / docs.length) + ((rows * ROW) / docs.length - ROW) / 2;
  const rightY = (i: number): number => 5 + i * ((rows * ROW) / cited.length) + ((rows * ROW) / cited.length - ROW) / 2;
  const docRow = new Map(docs.map((e, i) => [e.name, i] as const));
  const x1 = 10 + BOX;
  const x2 = WIDTH - 10 - BOX;
  const edges: string[] = [];
  cited.forEach(([, by], j) => {
    for (const e of by) {
      const i = docRow.get(e.name);
      if (i === undefined) continue;
      const ya = leftY(i) + (ROW - 6) / 2;
      const yb = rightY(j) + (ROW - 6) / 2;
      const mid = (x1 + x2) / 2;
      edges.push(`<path class="edge" d="M${x1} ${ya.toFixed(1)} C${mid} ${ya.toFixed(1)} ${mid} ${yb.toFixed(1)} ${x2} ${yb.toFixed(1)}"/>`);
    }
  });
  const left = docs.map((e, i) => node(10, leftY(i), entryTitle(e), 'doc', `${encodeURIComponent(`${e.name}.html`)}`, `${entryTitle(e)} — ${e.name}`));
  const right = cited.map(([id, by], j) => {
    const page = index.pageOf.get(id);
    const title = `${id}: ${by.length} ${VI.documentCount}`;
    return node(x2, rightY(j), `${id} (${by.length})`, page ? 'cited in' : 'cited', page ? encodeURIComponent(`${page.name}.html`) : null, title);
  });
  return [
    `<p class="muted">${esc(VI.graphNote)}${capped ? ` ${esc(VI.graphCapped)}` : ''}</p>`,
    `<svg class="graph" id="reference-graph" viewBox="0 0 ${WIDTH} ${height.toFixed(0)}" width="${WIDTH}" height="${height.toFixed(0)}" role="img" aria-label="${esc(VI.graph)}">`,
    edges.join(''),
    left.join(''),
    right.join(''),
    '</svg>',
  ].join('\n');
}
