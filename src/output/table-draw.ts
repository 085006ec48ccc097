/**
 * Draws one section of an AWS CLI table with cli-table3. Our code gives the structure (title,
 * column headers, rows, scaled column widths, indentation); cli-table3 draws the borders, the
 * padding, the alignment and the title's span. awscli draws a section as
 *
 *     |            Title             |   title, centred over all columns
 *     +---------+----------+---------+   (alone when the section has no columns)
 *     |  Head1  |  Head2   |  Head3  |   headers, centred
 *     +---------+----------+---------+
 *     |  a      |  b       |  c      |   rows, left-aligned, no line between them
 *     +---------+----------+---------+
 *
 * with no line above the title (except the table's opening line of dashes), and every line between
 * one `|` per level of indentation on each side. Which of these lines cli-table3 draws is decided
 * by each row's border characters: a row whose line above (or below) is all empty characters has
 * no such line.
 */
import Table from 'cli-table3';
import type { Section } from './table-layout.js';
import type { StandIns } from './table-stand-ins.js';
import { textWidth } from './text-width.js';

type CharName = 'top' | 'top-mid' | 'top-left' | 'top-right' | 'bottom' | 'bottom-mid' | 'bottom-left' | 'bottom-right' |
  'left' | 'left-mid' | 'mid' | 'mid-mid' | 'right' | 'right-mid' | 'middle';
type Chars = Record<CharName, string>;
type Cell = Exclude<Table.Cell, Table.CellValue>;

/** The line cli-table3 draws above a row: none, the table's opening dashes, or a `+----+` border. */
type LineAbove = 'none' | 'dashes' | 'border';
/** The line below a row: none or a `+----+` border (drawn only under a table's last row). */
type LineBelow = 'none' | 'border';

/**
 * cli-table3 compares every cell with every earlier row when it lays a table out, so a long
 * section is drawn as consecutive tables of this many rows, joined without lines between them.
 */
const ROWS_PER_TABLE = 32;

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
  /** Whether this section opens the table (the line of dashes above its first row). */
  opensTable: boolean;
}

/** The section's lines, each ending in a newline; empty when awscli draws nothing for it. */
export function drawSection(drawing: SectionDrawing, style: SectionStyle, standIns: StandIns): string {
  const { section, width, columnWidths } = drawing;
  const chars = new CharSets(style.edge.repeat(section.indent), section.indent);
  const grid = columnWidths.length > 0;
  const headers = grid ? section.headers : [];
  const rows = grid ? section.rows : [];
  // cli-table3's widths exclude borders: one `|` left of the first column and one right of each.
  const colWidths = grid ? columnWidths.map((w, i) => w - (i === 0 ? 2 : 1)) : [width - 2];

  const tables: Cell[][][] = [];
  let current: Cell[][] = [];
  const above: LineAbove = drawing.opensTable ? 'dashes' : 'none';
  const push = (row: Cell[]) => {
    if (current.length === ROWS_PER_TABLE) {
      tables.push(current);
      current = [];
    }
    current.push(row);
  };
  if (section.title) {
    // awscli closes a title with a border only when the section has nothing else.
    const below = section.headers.length === 0 && section.rows.length === 0 ? 'border' : 'none';
    const title = centred(standIns.encode(section.title), textWidth(section.title), width - 2, 2);
    push([{ ...title, colSpan: colWidths.length, chars: chars.of(above, below) }]);
  }
  if (headers.length) {
    // No border closes headers without rows: awscli draws none.
    const headerChars = chars.of('border', 'none');
    push(headers.map((header, i) => ({
      ...centred(standIns.encode(header), textWidth(header), colWidths[i], i === 0 ? 2 : 1),
      chars: headerChars,
    })));
  }
  if (rows.length) {
    const first = chars.of('border', rows.length === 1 ? 'border' : 'none');
    const middle = chars.of('none', 'none');
    const final = chars.of('none', 'border');
    rows.forEach((row, r) => {
      const rowChars = r === 0 ? first : r === rows.length - 1 ? final : middle;
      push(row.map((text, i) => leftAligned(standIns.encode(text), textWidth(text), colWidths[i], rowChars, style)));
    });
  }
  if (current.length) tables.push(current);

  let drawn = '';
  for (const [index, cells] of tables.entries()) {
    // A table continuing a long section must not close the one before it with a border.
    if (index < tables.length - 1) closeWithoutBorder(cells, chars);
    const table = new Table({ colWidths, wordWrap: false, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 } });
    table.push(...cells);
    const text = table.toString();
    if (text) drawn += `${text}\n`;
  }
  return standIns.decode(drawn);
}

function closeWithoutBorder(cells: Cell[][], chars: CharSets): void {
  const lastRow = cells[cells.length - 1];
  for (const cell of lastRow) cell.chars = { ...cell.chars, ...chars.noLineBelow };
}

/**
 * A cell centred as awscli's center_text centres it: its text starts at total/2 - length/2 - 1,
 * where `total` counts the cell's `edges` border characters. cli-table3 centres with any odd space
 * on the right; padding on one side shifts its centre onto awscli's.
 */
function centred(content: string, length: number, inner: number, edges: number): Cell {
  const start = Math.max(0, Math.floor((inner + edges) / 2) - Math.floor(length / 2) - 1);
  const extraRight = inner - start - length - start;
  const padding = extraRight >= 0
    ? { 'padding-left': 0, 'padding-right': extraRight - (extraRight % 2) }
    : { 'padding-left': -extraRight, 'padding-right': 0 };
  return { content, hAlign: 'center', style: padding };
}

/** awscli's align_left: two spaces of padding when they fit. */
function leftAligned(content: string, length: number, inner: number, chars: Partial<Chars>, style: SectionStyle): Cell {
  const paddingLeft = inner - length - 2 >= 0 ? 2 : 0;
  return { content: style.cell(content), hAlign: 'left', chars, style: { 'padding-left': paddingLeft, 'padding-right': 0 } };
}

/** Border characters for rows of one indentation, cached by the lines above and below. */
class CharSets {
  private readonly cache = new Map<string, Partial<Chars>>();
  readonly noLineBelow: Partial<Chars> = { 'bottom-left': '', bottom: '', 'bottom-mid': '', 'bottom-right': '' };

  constructor(
    private readonly indent: string,
    private readonly level: number,
  ) {}

  of(above: LineAbove, below: LineBelow): Partial<Chars> {
    const key = `${above} ${below}`;
    let chars = this.cache.get(key);
    if (!chars) this.cache.set(key, (chars = this.build(above, below)));
    return chars;
  }

  private build(above: LineAbove, below: LineBelow): Partial<Chars> {
    const { indent } = this;
    const top = this.line(above);
    const bottom = below === 'border' ? this.line('border') : this.line('none');
    return {
      // The line above the first row of a cli-table3 table uses the `top` characters, above any
      // other row the `mid` ones (`top-mid` where the row above spans columns).
      'top-left': top.left, top: top.fill, 'top-mid': top.junction, 'top-right': top.right,
      'left-mid': top.left, mid: top.fill, 'mid-mid': top.junction, 'right-mid': top.right,
      left: `${indent}|`, middle: '|', right: `|${indent}`,
      'bottom-left': bottom.left, bottom: bottom.fill, 'bottom-mid': bottom.junction, 'bottom-right': bottom.right,
    };
  }

  private line(kind: LineAbove) {
    const { indent, level } = this;
    if (kind === 'none') return { left: '', fill: '', junction: '', right: '' };
    if (kind === 'dashes') return { left: '-'.repeat(level + 1), fill: '-', junction: '-', right: '-'.repeat(level + 1) };
    return { left: `${indent}+`, fill: '-', junction: '+', right: `+${indent}` };
  }
}
