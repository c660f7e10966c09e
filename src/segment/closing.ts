/**
 * Closing formulas: the paragraphs after the last item that address the
 * document's readers as a whole ("Các cấp ủy … nghiêm túc thực hiện Công văn
 * này", "Trong quá trình thực hiện, nếu có vướng mắc…", "Trên đây là Kế
 * hoạch…"). Matched on OCR-tolerant words ("Coéng van nay").
 */
import { findPhrase, phraseKeys, words } from './text/fold.js';

const THIS_DOCUMENT = [
  'công văn này',
  'kế hoạch này',
  'chỉ thị này',
  'chương trình hành động này',
  'chương trình này',
  'quyết định này',
  'nghị quyết này',
  'thông báo này',
  'hướng dẫn này',
  'quy định này',
  'kết luận này',
  'văn bản này',
].map(phraseKeys);
const OPENING = phraseKeys('trên đây là');
const IN_THE_COURSE = phraseKeys('quá trình');
const IF_ANY = phraseKeys('nếu có');
const OBSTACLES = phraseKeys('vướng mắc');
const REPORT = [phraseKeys('báo cáo'), phraseKeys('phản ánh')];

export function isClosingFormula(text: string): boolean {
  const seen = words(text);
  const has = (p: string[]) => findPhrase(seen, p) >= 0;
  if (THIS_DOCUMENT.some(has)) return true;
  if (findPhrase(seen.slice(0, OPENING.length), OPENING) === 0) return true;
  if (has(IN_THE_COURSE) && has(IF_ANY)) return true;
  // "Nếu có khó khăn, vướng mắc, báo cáo về …" opens the paragraph; a task that ends by asking
  // for difficulties to be reported ("… kịp thời tổng hợp các khó khăn vướng mắc, báo cáo …") is a task.
  const opening = seen.slice(0, OPENING_WORDS);
  const opens = (p: string[]) => findPhrase(opening, p) >= 0;
  return opens(OBSTACLES) && REPORT.some(has);
}

/** How far into a paragraph the obstacles of a closing formula are named. */
const OPENING_WORDS = 16;
