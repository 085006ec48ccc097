/** Python's whitespace (`str.isspace`, `\s` in its regular expressions) and the strips that use it. */

export function isPythonSpace(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    (cp >= 0x1c && cp <= 0x20) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** `str.lstrip()`; `isSpace` for a strip that takes other characters as blanks. */
export function pythonLeftStrip(text: string, isSpace = isPythonSpace): string {
  let start = 0;
  while (start < text.length && isSpace(text[start])) start++;
  return text.slice(start);
}

/** `str.rstrip()`. */
export function pythonRightStrip(text: string, isSpace = isPythonSpace): string {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return text.slice(0, end);
}

/** `str.strip()`. */
export function pythonStrip(text: string, isSpace = isPythonSpace): string {
  return pythonLeftStrip(pythonRightStrip(text, isSpace), isSpace);
}
