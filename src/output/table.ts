/**
 * --output table: awscli's table layout (table-layout.ts decides the sections, table-widths.ts
 * their widths) drawn section by section (table-draw.ts). Tables wider than the terminal turn
 * their one-row sections into key/value rows.
 */
import { fullResult, type Formatter } from './formatter.js';
import { drawSection, openingLine, type SectionStyle } from './table-draw.js';
import { buildSections, toVertical } from './table-layout.js';
import { scaledWidths, tableWidth } from './table-widths.js';

const plain: SectionStyle = { edge: '|', cell: (text) => text };

/** Cells bold blue and indentation dim yellow, each closed by its own codes (16 colours); an empty cell has none. */
const colored: SectionStyle = {
  edge: '\x1b[2m\x1b[33m|\x1b[39m\x1b[22m',
  cell: (text) => (text ? `\x1b[1m\x1b[34m${text}\x1b[39m\x1b[22m` : ''),
};

export const formatTable: Formatter = async (job) => {
  let sections = buildSections(job.operation, await fullResult(job));
  if (sections.length === 0) return;
  let width = tableWidth(sections);
  if (width > job.terminalWidth) {
    sections = sections.map(toVertical);
    width = tableWidth(sections);
  }
  const style = job.color ? colored : plain;
  job.sink.write(openingLine(width));
  for (const section of sections) {
    const sectionWidth = width - 2 * section.indent;
    job.sink.write(drawSection({ section, width: sectionWidth, columnWidths: scaledWidths(section, sectionWidth) }, style));
    await job.sink.drained();
  }
};
