/**
 * Words that are markup, or pieces of a word markup cut: an HTML tag's name ("<td>", "</tr>")
 * and letters Markdown emphasis splits off a word ("n**ă**m", "t**ỉ**nh"). Neither is a syllable
 * a scan damaged: the decoder would read "td" as "tổ" and "n", "ă", "m" as three words.
 */
import type { Token } from '../tokenize.js';

const EMPHASIS = /^[*_]+$/u;

const isWord = (t: Token | undefined): boolean => t?.kind === 'word';
const isEmphasis = (t: Token | undefined): boolean => t?.kind === 'punct' && EMPHASIS.test(t.text);

/** Whether the word at i is an HTML tag name or a piece of a word glued to emphasis markers. */
export function isMarkupWord(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.text === '<' || (before?.text === '/' && tokens[i - 2]?.text === '<')) {
    const after = tokens[i + 1];
    return after?.text === '>' || after?.kind === 'space' || (after?.text === '/' && tokens[i + 2]?.text === '>');
  }
  return (isEmphasis(before) && isWord(tokens[i - 2])) || (isEmphasis(tokens[i + 1]) && isWord(tokens[i + 2]));
}
