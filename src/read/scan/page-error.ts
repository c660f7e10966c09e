/** A page (or a whole scan file) that cannot be read, with the problem in words for the user. */
export class ScanError extends Error {
  override name = 'ScanError';
  /** 1-based; null when the problem is the file's, not one page's. */
  readonly page: number | null;
  constructor(problem: string, page: number | null = null) {
    super(problem);
    this.page = page;
  }
}

/** "page 3: " or nothing, for a message about a file. */
export function pagePrefix(page: number | null): string {
  return page === null ? '' : `page ${page}: `;
}
