/** The text with its first letter in capitals, as a name opens ("các cơ sở y tế" → "Các cơ sở y tế"). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
