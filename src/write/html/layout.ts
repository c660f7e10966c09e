/** The frame of every page of the report: one self-contained file, style and script inline, nothing fetched. */
import { esc } from './escape.js';
import { STYLE } from './style.js';
import { VI } from './strings.js';

export interface PageParts {
  title: string;
  /** HTML of the top bar's second line. */
  subtitle: string;
  body: string;
  script: string;
}

export function page(parts: PageParts): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${VI.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be loaded from anywhere: the page is read offline, and its text is untrusted.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(parts.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="top"><h1>${esc(parts.title)}</h1><div class="sub">${parts.subtitle}</div></header>`,
    `<main>${parts.body}</main>`,
    `<footer>${esc(VI.generatedBy)}</footer>`,
    `<script>${parts.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
