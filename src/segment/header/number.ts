/**
 * The document's own number and symbol from the "Số: …" line:
 * Party form "425-KH/TU", State forms "444/QĐ-TTg" and "178/2024/NĐ-CP".
 * OCR damage is tolerated ("s642.5 -KH/TU" is 425, "sé 472 -cv/TU"); an unreadable
 * number ("sé6 M -KH/TU") is reported as null, never guessed.
 */
import { codeCase } from '../../vi/symbol-repair.js';

export interface DocumentNumber {
  number: string | null;
  symbol: string;
  id: string | null;
  /** Offsets of the whole "số … symbol" match in the line. */
  start: number;
  end: number;
  /** What was read differently from print ("42.5" → "425"), or why the number is null. */
  notes: string[];
  /** True when something stood where the number goes but could not be read. */
  unreadable: boolean;
}

const L = 'A-Za-zĐđ';
// "số" as OCR prints it (số, so, sô, s6, sé6, s&, s§, $6, "$số" once restored …) then an optional colon; bounded, anchored.
// OCR prints the "ố" of "số" as a digit ("s6 148", "sé6 M"): a digit straight after the "s"
// is that vowel ("s642.5 -KH/TU" is "số 42.5", read 425), while after a printed vowel the
// digits are the number ("số642").
const SO = String.raw`(?:^|\s)[sS$§](?:[^\s\d:]{0,2}\d{0,2}(?=[\s:])|[6089§&](?=\d)|[^\s\d:]{1,2}(?=\d))\s{0,3}:?\s{0,3}`;
const PARTY = new RegExp(
  SO + String.raw`(\S{0,8}?)\s{0,3}-\s{0,3}([${L}]{1,6})\s{0,2}\/\s{0,2}([${L}]{1,10})(?![${L}])`,
  'u',
);
// A State symbol's issuer may run to several parts ("24/KH-MTTQ-BTT", "17/HD-UBND-VX",
// "45/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"), parts that may carry a number ("UBTVQH15").
const STATE = new RegExp(
  SO + String.raw`(\S{0,8}?)\s{0,3}\/\s{0,2}(?:(\d{4})\s{0,2}\/\s{0,2})?([${L}]{1,6})\s{0,2}-\s{0,2}([${L}][${L}\d]{0,15}(?:-[${L}][${L}\d]{0,15}){0,3})(?![${L}\d])`,
  'u',
);

interface NumberToken {
  number: string | null;
  notes: string[];
  unreadable: boolean;
}

function readNumber(token: string, allowDecimal: boolean): NumberToken {
  const raw = token.replace(/[.,:\s]+$/u, '');
  if (raw === '') return { number: null, notes: ['no number printed'], unreadable: false };
  const m = /^(\d{1,5})(?:[.,](\d{1,2}))?$/u.exec(raw);
  if (!m) return { number: null, notes: [`number "${raw}" is unreadable`], unreadable: true };
  if (m[2] === undefined) return { number: m[1]!, notes: [], unreadable: false };
  // Party numbers are whole ("425-KH/TU"): a dot inside one is OCR debris. State resolutions may be "66.2/2025/NQ-CP".
  if (allowDecimal) return { number: `${m[1]}.${m[2]}`, notes: [], unreadable: false };
  const whole = `${m[1]}${m[2]}`;
  return { number: whole, notes: [`"${raw}" read as ${whole}`], unreadable: false };
}

/** Finds the document number on one line, or null when the line has none. */
export function parseDocumentNumber(line: string): DocumentNumber | null {
  const party = PARTY.exec(line);
  const state = STATE.exec(line);
  if (party && (!state || party.index <= state.index)) {
    const n = readNumber(party[1]!, false);
    const symbol = `${codeCase(party[2]!)}/${codeCase(party[3]!)}`;
    return {
      number: n.number,
      symbol,
      id: n.number === null ? null : `${n.number}-${symbol}`,
      start: party.index,
      end: party.index + party[0].length,
      notes: n.notes,
      unreadable: n.unreadable,
    };
  }
  if (state) {
    const n = readNumber(state[1]!, true);
    const symbol = `${codeCase(state[3]!)}-${state[4]!.split('-').map(codeCase).join('-')}`;
    const year = state[2];
    const id = n.number === null ? null : year ? `${n.number}/${year}/${symbol}` : `${n.number}/${symbol}`;
    return {
      number: n.number,
      symbol,
      id,
      start: state.index,
      end: state.index + state[0].length,
      notes: n.notes,
      unreadable: n.unreadable,
    };
  }
  return null;
}

/** Whether the digits of `a` appear, in order, among the digits of `b`. */
function digitsWithin(a: string, b: string): boolean {
  let j = 0;
  for (const c of b) if (c === a[j]) j++;
  return j === a.length;
}

/**
 * The number as printed, when restoration lost digits of it ("s642.5 -KH/TU"
 * restored as "số.5-KH/TU"): digits are never restoration's to change, so a
 * reading of the original line that keeps more of them, with the same symbol,
 * wins. Returns null when the restored reading stands.
 */
export function numberFromOriginal(restored: DocumentNumber, original: string | undefined): DocumentNumber | null {
  if (original === undefined) return null;
  const printed = parseDocumentNumber(original);
  if (!printed || printed.number === null || printed.symbol !== restored.symbol) return null;
  if (restored.number !== null && (printed.number.length <= restored.number.length || !digitsWithin(restored.number, printed.number))) {
    return null;
  }
  return {
    ...restored,
    number: printed.number,
    id: restored.id === null ? printed.id : restored.id.replace(/^[\d.]+/u, printed.number),
    notes: [...printed.notes, `read from the line as printed ("${original.slice(printed.start, printed.end).trim()}"): restoration had lost digits`],
    unreadable: false,
  };
}
