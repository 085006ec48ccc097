/**
 * Display width of a table cell: East Asian wide and fullwidth characters count 2. (awscli also
 * counts "ambiguous" ones as 2; they are 1 here, as cli-table3 measures them, so rows stay aligned.)
 */
const wideRanges: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  return wideRanges.some(([low, high]) => code >= low && code <= high);
}
