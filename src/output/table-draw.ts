/**
 * Draws the sections of an AWS CLI table line by line, as awscli/table.py's MultiTable renders
 * them:
 *
 *     -------------------------------   the table's opening line
 *     |            Title            |   title, centred over all columns
 *     +---------+----------+--------+   (alone under a title when the section has no columns)
 *     |  Head1  |  Head2   | Head3  |   headers, centred
 *     +---------+----------+--------+
 *     |  a      |  b       |  c     |   rows, left-aligned, no line between them
 *     +---------+----------+--------+
 *
 * with every line of a nested section between one `|` per level of indentation on each side.
 * Widths count characters as awscli does (text-width.ts); text is never cut, as awscli never cuts.
 */
import type { Section } from './table-layout.js';
import { textWidth } from './text-width.js';

export interface SectionStyle {
  /** The `|` drawn once per level of indentation on each side, possibly coloured. */
  edge: string;
  /** Colours a row's cell text (awscli colours neither titles nor headers). */
  cell(text: string): string;
}

export interface SectionDrawing {
  section: Section;
  /** The section's width without its indentation, as awscli's MultiTable computes it. */
  width: number;
  /** Its scaled column widths, each counting its right border and the first also its left. */
  columnWidths: number[];
}

/** The opening line of a table `width` columns wide. */
export function openingLine(width: number): string {
  return `${'-'.repeat(width)}\n`;
}

/** The section's lines, each ending in a newline; empty when awscli draws nothing for it. */
export function drawSection(drawing: SectionDrawing, style: SectionStyle): string {
  const { section, width, columnWidths } = drawing;
  const edges = style.edge.repeat(section.indent);
  const line = (text: string) => `${edges}${text}${edges}\n`;
  let drawn = '';
  if (section.title) {
    drawn += line(centred(section.title, textWidth(section.title), width, '|'));
    if (section.headers.length === 0 && section.rows.length === 0) drawn += line(`+${'-'.repeat(width - 2)}+`);
  }
  if (columnWidths.length === 0) return drawn;
  const border = line(borderLine(columnWidths));
  if (section.headers.length) {
    let headers = '';
    section.headers.forEach((header, i) => {
      if (i < columnWidths.length) headers += centred(header, textWidth(header), columnWidths[i], i === 0 ? '|' : '');
    });
    drawn += border + line(headers);
  }
  if (section.rows.length) {
    drawn += border;
    for (const row of section.rows) {
      let cells = '';
      for (let i = 0; i < row.length && i < columnWidths.length; i++) {
        cells += leftAligned(style.cell(row[i]), textWidth(row[i]), columnWidths[i], i === 0 ? '|' : '');
      }
      drawn += line(cells);
    }
    drawn += border;
  }
  return drawn;
}

/** awscli's _write_line_break: `+---+----+` over the columns. */
function borderLine(widths: number[]): string {
  let text = '';
  widths.forEach((width, i) => (text += i === 0 ? `+${'-'.repeat(width - 2)}+` : `${'-'.repeat(width - 1)}+`));
  return text;
}

/** awscli's center_text, right edge `|`: the text starts at length/2 - textLength/2 - 1. */
function centred(text: string, textLength: number, length: number, leftEdge: string): string {
  const start = Math.floor(length / 2) - Math.floor(textLength / 2) - 1;
  const right = length - 1 - (leftEdge.length + start + textLength);
  return `${leftEdge}${spaces(start)}${text}${spaces(right)}|`;
}

/** awscli's align_left, right edge `|`: two spaces of padding when they fit. */
function leftAligned(text: string, textLength: number, length: number, leftEdge: string): string {
  const padding = length - (textLength + 2 + leftEdge.length + 1) >= 0 ? 2 : 0;
  const right = length - (leftEdge.length + padding + textLength) - 1;
  return `${leftEdge}${spaces(padding)}${text}${spaces(right)}|`;
}

/** Python's ' ' * n: nothing when n is not positive. */
function spaces(count: number): string {
  return count > 0 ? ' '.repeat(count) : '';
}
