/**
 * What the cell reader (read-excel-file) does not show of a workbook — frozen
 * panes, filters, column widths, cell styles, formulas — read from its XML
 * parts directly: the zip opened by fflate, the few elements looked for with
 * patterns. Nothing here comes from exceljs, which wrote the file.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export type Attributes = Record<string, string>;

export interface XlsxParts {
  /** A part's XML by its path in the zip (`xl/styles.xml`). */
  part(path: string): string;
  /** A sheet's XML by the sheet's name, found through the workbook and its relationships. */
  sheet(name: string): string;
}

function attributes(text: string): Attributes {
  return Object.fromEntries([...text.matchAll(/([\w:]+)="([^"]*)"/gu)].map((m) => [m[1]!, m[2]!]));
}

/** Every element `<name …>` or `<name …/>` of the XML, by its attributes. */
export function elements(xml: string, name: string): Attributes[] {
  return [...xml.matchAll(new RegExp(`<${name}(\\s[^>]*?)?/?>`, 'gu'))].map((m) => attributes(m[1] ?? ''));
}

export function openXlsx(path: string): XlsxParts {
  const files = unzipSync(readFileSync(path));
  const part = (name: string): string => {
    const bytes = files[name] ?? files[`/${name}`];
    if (!bytes) throw new Error(`no part ${name} in ${path}: ${Object.keys(files).join(', ')}`);
    return strFromU8(bytes);
  };
  return {
    part,
    sheet(name) {
      const sheet = elements(part('xl/workbook.xml'), 'sheet').find((s) => s['name'] === name);
      const rel = elements(part('xl/_rels/workbook.xml.rels'), 'Relationship').find((r) => r['Id'] === sheet?.['r:id']);
      if (!rel) throw new Error(`no sheet ${name}`);
      return part(`xl/${rel['Target']!.replace(/^\/?xl\//u, '')}`);
    },
  };
}

/** A cell's attributes and inner XML by its reference (`F3`). */
export function cell(sheetXml: string, ref: string): { attributes: Attributes; inner: string } {
  const m = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>(.*?)</c>)`, 'u').exec(sheetXml);
  if (!m) throw new Error(`no cell ${ref}`);
  return { attributes: attributes(`r="${ref}"${m[1]}`), inner: m[2] ?? '' };
}

/** The width of the 1-based column `index`, from `<cols>`. */
export function columnWidth(sheetXml: string, index: number): number {
  const col = elements(sheetXml, 'col').find((c) => Number(c['min']) <= index && index <= Number(c['max']));
  return Number(col?.['width']);
}

/** The cell format `s` of styles.xml: its wrapping and its number format's code. */
export function cellFormat(stylesXml: string, s: number): { wrapText: boolean; numFmt: string | null } {
  const cellXfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/su.exec(stylesXml)?.[1] ?? '';
  const xf = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/gsu)][s]?.[0] ?? '';
  const numFmtId = attributes(/<xf\b([^>]*)/u.exec(xf)?.[1] ?? '')['numFmtId'];
  const numFmt = elements(stylesXml, 'numFmt').find((f) => f['numFmtId'] === numFmtId)?.['formatCode'] ?? null;
  return { wrapText: /<alignment\b[^>]*wrapText="1"/u.test(xf), numFmt };
}

/** 1-based column index → letters (28 → AB). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
