/**
 * The in-domain training text of ../shared/corpus/official/: real 2025
 * directives scraped as Markdown. What the model should count is the
 * documents' own wording, so the scrape's markup and the web site's notices
 * are taken out here; the restorer itself keeps markup in what it restores.
 */

/** Lines printed in at least this many documents are the site's notices and metadata, not a document's text. */
export const BOILERPLATE_MIN_DOCUMENTS = 10;

/** A table's cell edge or a rule: it ends the paragraph, as a blank line does. */
const PARAGRAPH_EDGE = /^\s*(?:\|\s*)+$|^\s*[-=_*]{3,}\s*$/u;

/** The form a line is compared under to find boilerplate: markup and spacing ignored. */
export function boilerplateKey(line: string): string {
  return stripInline(line).replace(/\s+/gu, ' ').trim();
}

/**
 * Markdown emphasis, headings, links, images and HTML tags out of one line;
 * template placeholders such as "<tên>" go too (they are not text of the
 * document either).
 */
export function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/<[^>\n]{0,120}>/gu, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    // Emphasis inside a word ("n**ă**m", "t**ỉ**nh") joins its pieces; elsewhere it is a space.
    .replace(/(?<=\p{L})(?:\*+|__+)(?=\p{L})/gu, '')
    .replace(/\*+|__+/gu, ' ')
    .replace(/\|/gu, ' ')
    .replace(/[ \t]+/gu, ' ')
    .trim();
}

/**
 * Lines (by `boilerplateKey`) found in at least `minDocuments` of the
 * documents: counted once per document.
 */
export function boilerplateLines(documents: readonly string[], minDocuments = BOILERPLATE_MIN_DOCUMENTS): Set<string> {
  const seen = new Map<string, number>();
  for (const doc of documents) {
    const keys = new Set(doc.split('\n').map(boilerplateKey).filter((k) => k !== ''));
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= minDocuments).map(([key]) => key));
}

/**
 * One document as training text: markup out, boilerplate lines dropped,
 * cell edges and rules turned into blank lines (so no sentence runs from one
 * cell into the next). The scrape wraps lines mid-sentence, so the result is
 * read with blank lines as paragraph ends.
 */
export function officialTrainingText(markdown: string, boilerplate: ReadonlySet<string>): string {
  const out: string[] = [];
  for (const line of markdown.normalize('NFC').split('\n')) {
    if (PARAGRAPH_EDGE.test(line)) {
      out.push('');
      continue;
    }
    const text = stripInline(line);
    if (text === '' || boilerplate.has(boilerplateKey(line))) {
      out.push('');
      continue;
    }
    out.push(text);
  }
  return out.join('\n').replace(/\n{3,}/gu, '\n\n');
}
