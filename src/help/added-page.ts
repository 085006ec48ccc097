/** `cognito-idp <added command> help`: what it does, its options, the global options, examples. */
import type { AddedCommand } from '../added/added-command.js';
import { addedArguments } from '../arguments/argument-table.js';
import { UNDERLINE_OFF, UNDERLINE_ON } from '../docs/doc-blocks.js';
import { globalOptionsSection, optionSection, synopsis } from './options.js';
import { INDENT, type Page } from './page.js';

export function addedCommandPage(command: AddedCommand, page: Page): string {
  const table = addedArguments(command);
  page.heading('NAME');
  page.text(`${command.name} - ${command.summary}`, INDENT);
  page.heading('DESCRIPTION');
  command.description.forEach((paragraph, i) => {
    if (i) page.blank();
    page.text(paragraph, INDENT);
  });
  page.heading('SYNOPSIS');
  page.code(synopsis(command.name, table).join('\n'), INDENT);
  page.heading('OPTIONS');
  if (!command.arguments.length) page.text('None', INDENT);
  for (const argument of command.arguments) {
    page.blank();
    optionSection(argument, page);
  }
  globalOptionsSection(table, page);
  if (command.examples.length) {
    page.heading('EXAMPLES');
    for (const example of command.examples) {
      page.blank();
      page.text(`${UNDERLINE_ON}${example.title}${UNDERLINE_OFF}`, INDENT);
      page.code(example.command, INDENT * 2);
    }
  }
  return page.toString();
}
