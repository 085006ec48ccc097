/** The parts of a help page read straight from an argument table: the synopsis and plain options. */
import { flagsOf, takesValue, type Argument } from '../arguments/argument.js';
import { BOLD_OFF, BOLD_ON } from '../docs/doc-blocks.js';
import { INDENT, type Page } from './page.js';

export function synopsis(name: string, table: readonly Argument[]): string[] {
  const lines = [`cognito-idp ${name}`];
  for (const argument of table) {
    const words = argument.positional
      ? `<${argument.name}>`
      : flagsOf(argument)
          .map((flag) => (takesValue(argument) ? `${flag} <value>` : flag))
          .join(' | ');
    lines.push(`    ${argument.required ? words : `[${words}]`}`);
  }
  return lines;
}

/** An option that is not a request member: its value's kind, what it does, the values it takes. */
export function optionSection(argument: Argument, page: Page): void {
  const flags = argument.positional ? argument.name : flagsOf(argument).join(' | ');
  page.line(`${bold(flags)} (${takesValue(argument) ? argument.valueName : 'boolean'})${argument.required ? ' [required]' : ''}`, INDENT);
  if (argument.description) page.text(argument.description, INDENT * 2);
  if (argument.choices) page.text(`Possible values: ${argument.choices.join(', ')}`, INDENT * 2);
}

/** The GLOBAL OPTIONS section: the global options of the table. */
export function globalOptionsSection(table: readonly Argument[], page: Page): void {
  page.heading('GLOBAL OPTIONS');
  for (const argument of table) {
    if (argument.group !== 'global') continue;
    page.blank();
    optionSection(argument, page);
  }
}

export function bold(text: string): string {
  return `${BOLD_ON}${text}${BOLD_OFF}`;
}
