/**
 * Header fields read again from the line as printed, where restoration
 * changed what is not its to change. A symbol's letters are codes, not
 * syllables: restoration may give a D its stroke ("QD" → "QĐ") but must not
 * turn "CTr/DU" into "CTr/TU" or "UBND-KTTH" into "UBND-KHỬ". A place it
 * turned into no known place (the "Ử" of that "KHỬ" left before "Gia Lai") is read
 * from the print when the print names one.
 */
import { repairSymbolCodes } from '../../vi/symbol-repair.js';
import type { PlaceTable } from '../../vi/places.js';
import { foldDroppingMarks } from '../text/fold.js';
import { parsePlaceDate } from './date.js';
import { parseDocumentNumber, type DocumentNumber } from './number.js';

/**
 * The number with the symbol as printed, when restoration changed its letters
 * beyond giving a D its stroke; null when the restored reading stands. The
 * number itself is the restored reading's (numberFromOriginal rules on digits).
 */
export function symbolFromOriginal(restored: DocumentNumber, original: string | undefined): DocumentNumber | null {
  if (original === undefined) return null;
  const printed = parseDocumentNumber(original);
  if (!printed || foldDroppingMarks(printed.symbol) === foldDroppingMarks(restored.symbol)) return null;
  if (restored.number !== null && printed.number !== null && printed.number !== restored.number) return null;
  const symbol = repairSymbolCodes(printed.symbol);
  const id = restored.id === null ? null : restored.id.slice(0, restored.id.length - restored.symbol.length) + symbol;
  return {
    ...restored,
    symbol,
    id,
    notes: [...restored.notes, `symbol read from the line as printed ("${printed.symbol}"): restoration had made it "${restored.symbol}"`],
  };
}

/** The place the printed line names, when the restored place reads as none; else null. */
export function placeFromOriginal(restoredPlace: string, original: string | undefined, places: PlaceTable): string | null {
  if (original === undefined || places.nameOf(restoredPlace) !== null) return null;
  // On the number line the place follows the symbol.
  const printed = parsePlaceDate(original, parseDocumentNumber(original)?.end ?? 0);
  return printed?.place ? places.nameOf(printed.place) : null;
}
