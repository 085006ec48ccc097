/**
 * awscli's table geometry (awscli/table.py MultiTable and Section): every section is as wide as
 * the widest, and each section's columns are scaled to fill that width. Widths are measured as
 * Python measures characters (text-width.ts).
 */
import { pythonRound } from '../python/float.js';
import type { Section } from './table-layout.js';
import { textWidth } from './text-width.js';

/** Spaces awscli adds to the widest text of each column. */
const COLUMN_PADDING = 4;

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

/** The width of the whole table, indentation included: its widest section. */
export function tableWidth(sections: Section[]): number {
  return sections.reduce((widest, section) => Math.max(widest, sectionWidth(section)), 0);
}

/**
 * Column widths (each counting its right border, the first also its left) scaled to fill `total`,
 * awscli's Section.calculate_column_widths.
 */
export function scaledWidths(section: Section, total: number): number[] {
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
