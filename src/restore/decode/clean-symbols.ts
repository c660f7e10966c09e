/**
 * Symbol repairs in correctly accented text. The protector repairs every code the code book
 * reads as another (it runs before the document's regime is known); in a clean accented
 * document the printed code is the evidence, and only the one damage such text still shows
 * is repaired: a "Đ" typed or read without its stroke ("ND-CP", "QD-UBND", "NP-CP"). A "B" or "0"
 * for Đ is not read in such text ("CB-TH" is a code of its own); codes the book does not know
 * ("BM-09", "TH/MT") and capitals of a heading ("QĐ-TTG") stay as printed.
 */
import type { Token } from '../tokenize.js';
import { englishLines } from './clean-sentence.js';
import type { ProtectedSpan } from './sentences.js';
import { compactSymbol } from '../protect/symbols.js';

const STROKELESS_D = 'DPÐ';

/** Whether `repaired` differs from the printed symbol (spaces and dots inside it aside) only by Đ for a strokeless D. */
export function onlyStrokeRepaired(printed: string, repaired: string): boolean {
  const compact = compactSymbol(printed);
  if (compact.length !== repaired.length) return false;
  for (let i = 0; i < compact.length; i++) {
    const a = compact[i]!;
    const b = repaired[i]!;
    if (a !== b && !(b === 'Đ' && STROKELESS_D.includes(a))) return false;
  }
  return true;
}

/**
 * The spans with every repair the text gives no evidence for taken back (replacement kept as
 * printed): in clean accented text all but a stroke put back on Đ, and on a line in English
 * every one ("Decree No. 96/2024/ND-CP" is how English writes it).
 */
export function keepPrintedSymbols(spans: readonly ProtectedSpan[], tokens: readonly Token[], text: string, clean: boolean): ProtectedSpan[] {
  let english: Uint8Array | undefined;
  return spans.map((span) => {
    const printed = text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
    if (span.text === printed) return span;
    english ??= englishLines(tokens);
    if (english[span.start] === 0 && (!clean || onlyStrokeRepaired(printed, span.text))) return span;
    return { ...span, text: printed, withheld: english[span.start] === 1 ? 'english-line' : 'clean-text' };
  });
}
