/**
 * Escaping for HTML: every piece of document text (untrusted: an OCR'd file
 * can hold anything) goes through here before it reaches a page, in text and
 * in attribute values alike.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Control characters other than tab and line ends, dropped: HTML cannot show them. */
export function dropControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '');
}

/** Text or a quoted attribute value, control characters dropped. */
export function esc(text: string): string {
  return dropControls(text.replace(/[&<>"']/gu, (c) => ENTITIES[c]!));
}

/** A relative link to an output file of the batch: its name as one path segment. */
export function fileHref(fileName: string, fragment?: string): string {
  return esc(encodeURIComponent(fileName) + (fragment === undefined ? '' : `#${encodeURIComponent(fragment)}`));
}
