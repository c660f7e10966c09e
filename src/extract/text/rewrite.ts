/**
 * A keyed text with some stretches written another way ("13 thang 12 nam 2025" as "13/12/2025"),
 * so that one grammar reads both spellings; offsets map back to the text it was made from.
 */

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Rewritten {
  key: string;
  /** Offset in the original of the character at `k` (a start). */
  toOldStart(k: number): number;
  /** Offset in the original just after the characters ending at `k` (an end). */
  toOldEnd(k: number): number;
  /** Offset in the rewritten key of original offset `t`. */
  toNew(t: number): number;
}

interface Span {
  newStart: number;
  newEnd: number;
  oldStart: number;
  oldEnd: number;
}

class EditedText implements Rewritten {
  constructor(
    readonly key: string,
    private readonly spans: readonly Span[],
  ) {}

  private last(at: number, side: 'newStart' | 'oldStart'): Span | undefined {
    let lo = 0;
    let hi = this.spans.length - 1;
    let found: Span | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]![side] <= at) {
        found = this.spans[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  toOldStart(k: number): number {
    const s = this.last(k, 'newStart');
    if (!s) return k;
    if (k < s.newEnd) return s.oldStart;
    return s.oldEnd + (k - s.newEnd);
  }

  toOldEnd(k: number): number {
    const s = this.last(k - 1, 'newStart');
    if (!s || k === 0) return k;
    if (k <= s.newEnd) return s.oldEnd;
    return s.oldEnd + (k - s.newEnd);
  }

  toNew(t: number): number {
    const s = this.last(t, 'oldStart');
    if (!s) return t;
    if (t < s.oldEnd) return s.newStart;
    return s.newEnd + (t - s.oldEnd);
  }
}

/** `text` with the edits (in order, not overlapping) applied. */
export function rewrite(text: string, edits: readonly Edit[]): Rewritten {
  const spans: Span[] = [];
  let key = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    key += text.slice(at, e.start);
    spans.push({ newStart: key.length, newEnd: key.length + e.text.length, oldStart: e.start, oldEnd: e.end });
    key += e.text;
    at = e.end;
  }
  key += text.slice(at);
  return new EditedText(key, spans);
}
