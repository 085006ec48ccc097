/**
 * A help page being written: headings, wrapped paragraphs and verbatim code, wrapped to the
 * terminal's width. Bold and underline become ANSI escapes on a terminal and vanish elsewhere.
 */
import { BOLD_OFF, BOLD_ON, UNDERLINE_OFF, UNDERLINE_ON, stripMarkers, type DocBlock } from '../docs/doc-blocks.js';

export const INDENT = 4;

export class Page {
  private readonly lines: string[] = [];

  constructor(
    readonly width: number,
    readonly styled: boolean,
  ) {}

  heading(text: string): void {
    if (this.lines.length && this.lines.at(-1) !== '') this.blank();
    this.lines.push(this.style(`${BOLD_ON}${text}${BOLD_OFF}`));
  }

  blank(): void {
    if (this.lines.at(-1) !== '') this.lines.push('');
  }

  /** Wrapped text; marker characters in it become bold or underline. */
  text(text: string, indent: number, hangingIndent = indent, firstPrefix = ''): void {
    const width = Math.max(20, this.width - indent);
    const words = text.split(' ').filter((word) => word.length);
    const lines: string[][] = [[]];
    let used = firstPrefix.length;
    for (const word of words) {
      const length = stripMarkers(word).length;
      const current = lines.at(-1)!;
      const limit = lines.length === 1 ? width : Math.max(20, this.width - hangingIndent);
      if (current.length && used + 1 + length > limit) {
        lines.push([word]);
        used = length;
      } else {
        used += (current.length ? 1 : 0) + length;
        current.push(word);
      }
    }
    const styledLines = this.styleLines(lines.map((line) => line.join(' ')));
    styledLines.forEach((line, i) => {
      const prefix = i === 0 ? ' '.repeat(indent) + firstPrefix : ' '.repeat(hangingIndent);
      this.lines.push(`${prefix}${line}`.trimEnd());
    });
  }

  /** Documentation paragraphs from the SDK, nested lists indented and bulleted. */
  blocks(blocks: DocBlock[], indent: number, spaced = false): void {
    blocks.forEach((block, i) => {
      if (spaced && i > 0 && block.d === 0) this.blank();
      const at = indent + 2 * block.d;
      if (block.b) this.text(block.t, Math.max(indent, at - 2), at, '* ');
      else this.text(block.t, at);
    });
  }

  /** One line, styled but never wrapped (option headings). */
  line(text: string, indent: number): void {
    this.lines.push(' '.repeat(indent) + this.style(text));
  }

  /** Lines shown as they are (syntax templates, example commands). */
  code(text: string, indent: number): void {
    for (const line of text.split('\n')) this.lines.push(line ? ' '.repeat(indent) + line : '');
  }

  toString(): string {
    while (this.lines.at(-1) === '') this.lines.pop();
    return `${this.lines.join('\n')}\n`;
  }

  style(text: string): string {
    return this.styleLines([text])[0];
  }

  /** Turns markers into escapes, closing styles at each line end and reopening them on the next. */
  private styleLines(lines: string[]): string[] {
    if (!this.styled) return lines.map(stripMarkers);
    let bold = 0;
    let underline = 0;
    return lines.map((line) => {
      let out = (bold ? '\x1b[1m' : '') + (underline ? '\x1b[4m' : '');
      for (const char of line) {
        if (char === BOLD_ON) out += bold++ ? '' : '\x1b[1m';
        else if (char === BOLD_OFF) out += bold && --bold === 0 ? '\x1b[22m' : '';
        else if (char === UNDERLINE_ON) out += underline++ ? '' : '\x1b[4m';
        else if (char === UNDERLINE_OFF) out += underline && --underline === 0 ? '\x1b[24m' : '';
        else out += char;
      }
      return bold || underline ? `${out}\x1b[0m` : out;
    });
  }
}
