/**
 * cli-table3 measures text with string-width, and string-width disagrees with awscli (Python's
 * unicodedata, see text-width.ts) on many characters outside printable ASCII: East Asian Ambiguous
 * ones (é, ñ, í, combining accents, private use) are one column for it and two for awscli, control
 * characters none instead of one, emoji sequences two as a whole. Rather than correct its output
 * afterwards, every such character is swapped, before cli-table3 sees the text, for a stand-in
 * that string-width measures exactly as awscli measures the original: a CJK Extension B-F
 * ideograph (two columns) or a private use character (one column), one distinct stand-in per
 * distinct character. Once every character outside printable ASCII is a stand-in, the drawn table
 * holds nothing else but ASCII, so swapping back is exact.
 *
 * The wide stand-ins are astral (two UTF-16 units) and the narrow ones come first from the Basic
 * Multilingual Plane (one unit), so an encoded text's length equals its width: cli-table3 then
 * takes its quick path when it measures and cuts text, instead of one character at a time.
 */
import { textWidth } from './text-width.js';

const WIDE_FIRST = 0x20000;
const WIDE_LAST = 0x2fffd;
/** Private use: U+E000-U+F8FF, then U+F0000-U+FFFFD (two units each) once those are spent. */
const NARROW_FIRST = 0xe000;
const NARROW_BMP_LAST = 0xf8ff;
const NARROW_ASTRAL_FIRST = 0xf0000;
const NARROW_LAST = 0xffffd;

const OUTSIDE_PRINTABLE_ASCII = /[^\x20-\x7e]/;
const OUTSIDE_PRINTABLE_ASCII_ALL = /[^\x20-\x7e]/gu;
const STAND_IN = /[\u{20000}-\u{2fffd}\u{e000}-\u{f8ff}\u{f0000}-\u{ffffd}]/gu;

export class StandIns {
  private readonly standInOf = new Map<string, string>();
  private readonly originalOf = new Map<string, string>();
  private nextWide = WIDE_FIRST;
  private nextNarrow = NARROW_FIRST;

  /** `text` with every character outside printable ASCII replaced by its stand-in. */
  encode(text: string): string {
    if (!OUTSIDE_PRINTABLE_ASCII.test(text)) return text;
    return text.replace(OUTSIDE_PRINTABLE_ASCII_ALL, (char) => this.standInOf.get(char) ?? this.allocate(char));
  }

  /** Text drawn from encoded cells, with the original characters back. */
  decode(drawn: string): string {
    if (this.originalOf.size === 0) return drawn;
    return drawn.replace(STAND_IN, (char) => this.originalOf.get(char) ?? char);
  }

  private allocate(char: string): string {
    const wide = textWidth(char) === 2;
    if (!wide && this.nextNarrow === NARROW_BMP_LAST + 1) this.nextNarrow = NARROW_ASTRAL_FIRST;
    const code = wide ? this.nextWide++ : this.nextNarrow++;
    if (code > (wide ? WIDE_LAST : NARROW_LAST)) throw new RangeError('too many distinct characters for one table');
    const standIn = String.fromCodePoint(code);
    this.standInOf.set(char, standIn);
    this.originalOf.set(standIn, char);
    return standIn;
  }
}
