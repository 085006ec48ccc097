/**
 * --output table: awscli's table layout (table-layout.ts decides the sections, table-widths.ts
 * their widths) drawn section by section with cli-table3 (table-draw.ts). Tables wider than the
 * terminal turn their one-row sections into key/value rows.
 */
import { Chalk } from 'chalk';
import { fullResult, type Formatter } from './formatter.js';
import { drawSection, type SectionStyle } from './table-draw.js';
import { buildSections, toVertical } from './table-layout.js';
import { StandIns } from './table-stand-ins.js';
import { scaledWidths, tableWidth } from './table-widths.js';

const plain: SectionStyle = { edge: '|', cell: (text) => text };

function colored(): SectionStyle {
  const chalk = new Chalk({ level: 1 });
  return { edge: chalk.dim.yellow('|'), cell: (text) => chalk.bold.blue(text) };
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
  const style = job.color ? colored() : plain;
  const standIns = new StandIns();
  // The first section is titled with the operation name, so its title row carries the opening line.
  sections.forEach((section, index) => {
    const sectionWidth = width - 2 * section.indent;
    const columnWidths = scaledWidths(section, sectionWidth);
    job.sink.write(drawSection({ section, width: sectionWidth, columnWidths, opensTable: index === 0 }, style, standIns));
  });
};
