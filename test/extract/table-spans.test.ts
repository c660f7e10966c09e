/**
 * Where a reference in a table cell is in the input. Each row's lines are
 * found once and a row's cells one after the other: scanning every line of
 * the table for every cell made a 512 KB table of short rows take minutes.
 * The large table here is sized so that the scan could not finish in the
 * test's time, and the answer is checked row by row.
 */
import { describe, expect, it } from 'vitest';
import { collectReferences } from '../../src/assemble/references.js';
import { findReferences } from '../../src/extract/references/index.js';
import type { Entities, LineNode, Root, TableNode } from '../../src/tree.js';
import type { TableRow } from '../../src/types.js';

const NONE: Entities = { references: [], deadlines: [], agencies: [], lead: [], partners: [] };

/** A table whose row k is the line `| k | cells… |` at line k + 1, its cells analysed as the extract stage does. */
function table(rows: readonly string[][]): Root {
  const lines: LineNode[] = [];
  const tableRows: TableRow[] = [];
  const rowEntities: Array<Record<string, Entities>> = [];
  let offset = 0;
  rows.forEach((cells, k) => {
    const value = `| ${k + 1} | ${cells.join(' | ')} |`;
    const line = k + 1;
    const span = { start: { line, column: 1, offset }, end: { line, column: value.length + 1, offset: offset + value.length } };
    lines.push({ type: 'line', value, position: span });
    const named = Object.fromEntries(cells.map((c, i) => [`c${i}`, c]));
    tableRows.push({ stt: String(k + 1), group: null, groupTitle: null, cells: named, span });
    rowEntities.push(Object.fromEntries(cells.map((c, i) => [`c${i}`, { ...NONE, references: findReferences(c) }])));
    offset += value.length + 1;
  });
  const node: TableNode = {
    type: 'table',
    children: lines,
    data: { table: { id: 'table-1', label: null, title: null, caption: null, columns: [], rows: tableRows }, rowEntities },
  };
  return { type: 'root', children: [node] };
}

describe('references in table cells', () => {
  it('a cell printed twice in a row is placed at each of its places', () => {
    const cell = 'Kế hoạch số 12-KH/TU';
    const [reference] = collectReferences(table([['Sở Nội vụ', cell, cell]]), null).references;
    const value = `| 1 | Sở Nội vụ | ${cell} | ${cell} |`;
    const first = value.indexOf(cell);
    const within = findReferences(cell)[0]!.start;
    expect(reference!.mentions.map((m) => m.span.start.column)).toEqual([first + within + 1, value.indexOf(cell, first + 1) + within + 1]);
  });

  it('in a table of 50,000 rows each mention is on its own row, at its cell', () => {
    const count = 50_000;
    const rows = Array.from({ length: count }, (_, k) => [`Sở ${k % 7}`, `theo Kế hoạch số ${k + 1}-KH/TU`]);
    const { references } = collectReferences(table(rows), null);
    expect(references).toHaveLength(count);
    for (const r of references) {
      const k = Number(r.number) - 1;
      const value = `| ${k + 1} | Sở ${k % 7} | theo Kế hoạch số ${k + 1}-KH/TU |`;
      const at = r.mentions[0]!.span.start;
      const column = value.indexOf('Kế hoạch') + 1;
      if (at.line !== k + 1 || at.column !== column) expect([r.id, at.line, at.column]).toEqual([r.id, k + 1, column]);
    }
  });
});
