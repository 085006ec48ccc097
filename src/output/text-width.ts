/**
 * Display width as awscli/table.py measures it: characters Python's unicodedata calls East Asian
 * Wide, Fullwidth or Ambiguous (é, ñ and í among them) count two columns.
 */
import { doubleWidthRanges } from './east-asian-width.js';

export function textWidth(text: string): number {
  // Below U+00A1 every character is one column.
  if (!WIDE_CANDIDATE.test(text)) return text.length;
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += code >= 0xa1 && isDoubleWidth(code) ? 2 : 1;
  }
  return width;
}

const WIDE_CANDIDATE = /[^\x00-\xa0]/;

/** Binary search over the sorted [first, last] pairs. */
function isDoubleWidth(code: number): boolean {
  let low = 0;
  let high = doubleWidthRanges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < doubleWidthRanges[2 * middle]) high = middle - 1;
    else if (code > doubleWidthRanges[2 * middle + 1]) low = middle + 1;
    else return true;
  }
  return false;
}
