/**
 * --output table: awscli's table layout (see table-layout.ts for the sections) drawn as awscli
 * draws it: every section as wide as the widest, columns scaled to fill it, Python's measure of
 * character width. Tables wider than the terminal turn their one-row sections into key/value rows.
 */
import { Chalk } from 'chalk';
import { fullResult, type Formatter } from './formatter.js';
import { buildSections, toVertical, type Section } from './table-layout.js';
import { textWidth } from './text-width.js';

const COLUMN_PADDING = 4;

interface Styler {
  cell(text: string): string;
  edge(text: string): string;
}

const plain: Styler = { cell: (text) => text, edge: (text) => text };

function colored(): Styler {
  const chalk = new Chalk({ level: 1 });
  return { cell: (text) => chalk.bold.blue(text), edge: (text) => chalk.dim.yellow(text) };
}

export const formatTable: Formatter = async (job) => {
  const value = await fullResult(job);
  let sections = buildSections(job.operation, value);
  if (sections.length === 0) return;
  let width = tableWidth(sections);
  if (width > job.terminalWidth) {
    sections = sections.map(toVertical);
    width = tableWidth(sections);
  }
  const styler = job.color ? colored() : plain;
  job.sink.write(`${'-'.repeat(width)}\n`);
  for (const section of sections) for (const line of renderSection(section, width, styler)) job.sink.write(line);
};

function naturalWidths(section: Section): number[] {
  const widths: number[] = [];
  for (const row of [section.headers, ...section.rows]) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, textWidth(cell))));
  }
  return widths;
}

function sectionWidth(section: Section): number {
  const columns = naturalWidths(section).reduce((sum, w) => sum + w + COLUMN_PADDING, 0) + 2;
  return Math.max(textWidth(section.title) + 2, columns) + 2 * section.indent;
}

function tableWidth(sections: Section[]): number {
  return sections.reduce((widest, section) => Math.max(widest, sectionWidth(section)), 0);
}

/** Column widths (each counting its right border, the first also its left) scaled to fill `total`. */
function scaledWidths(section: Section, total: number): number[] {
  const natural = naturalWidths(section).map((w) => w + COLUMN_PADDING);
  if (natural.length === 0) return natural;
  const factor = total / natural.reduce((a, b) => a + b, 0);
  const scaled = natural.map((w) => pythonRound(factor * w));
  let offBy = scaled.reduce((a, b) => a + b, 0) - total;
  while (offBy !== 0) {
    const order = [...scaled.keys()];
    if (offBy < 0) order.reverse();
    for (const i of order) {
      scaled[i] += offBy > 0 ? -1 : 1;
      offBy += offBy > 0 ? -1 : 1;
      if (offBy === 0) break;
    }
  }
  return scaled;
}

/** Python 3's round(): halves go to the even neighbour. */
function pythonRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function renderSection(section: Section, tableWidthTotal: number, styler: Styler): string[] {
  const width = tableWidthTotal - 2 * section.indent;
  const lines: string[] = [];
  if (section.title) {
    lines.push(`|${centered(section.title, width, 2)}|`);
    if (section.headers.length === 0 && section.rows.length === 0) lines.push(`+${'-'.repeat(width - 2)}+`);
  }
  const widths = scaledWidths(section, width);
  if (widths.length && (section.rows.length || section.headers.length)) lines.push(...grid(section, widths, styler));
  const edge = styler.edge('|').repeat(section.indent);
  return lines.map((line) => `${edge}${line}${edge}\n`);
}

/** A section's column headers and rows between `+----+----+` lines, as awscli draws them. */
function grid(section: Section, widths: number[], styler: Styler): string[] {
  const border = widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('');
  const lines: string[] = [];
  if (section.headers.length) {
    lines.push(border);
    lines.push(section.headers.map((header, i) => `${i === 0 ? '|' : ''}${centered(header, widths[i], i === 0 ? 2 : 1)}|`).join(''));
  }
  if (section.rows.length) {
    lines.push(border);
    for (const row of section.rows) {
      lines.push(row.map((cell, i) => `${i === 0 ? '|' : ''}${leftAligned(cell, widths[i] - (i === 0 ? 2 : 1), styler)}|`).join(''));
    }
    lines.push(border);
  }
  return lines;
}

/**
 * awscli's center_text without its edges: in a cell `total` wide counting `edges` border
 * characters, the text starts at total/2 - len/2 - 1.
 */
function centered(text: string, total: number, edges: number): string {
  const length = textWidth(text);
  const start = Math.max(0, Math.floor(total / 2) - Math.floor(length / 2) - 1);
  const trailing = total - edges - start - length;
  return `${' '.repeat(start)}${text}${' '.repeat(Math.max(0, trailing))}`;
}

/** awscli's align_left: two spaces of padding when they fit. */
function leftAligned(text: string, width: number, styler: Styler): string {
  const length = textWidth(text);
  const padding = width - length - 2 >= 0 ? 2 : 0;
  return `${' '.repeat(padding)}${styler.cell(text)}${' '.repeat(Math.max(0, width - padding - length))}`;
}
