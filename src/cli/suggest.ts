/** "Invalid choice" as the AWS CLI's argument parser words it. */
import { addedCommandNames } from '../added/index.js';
import { commandNames } from '../commands/index.js';
import { UsageError } from '../errors.js';
import { closeMatches } from '../python/close-matches.js';
import { stringRepr } from '../python/repr.js';

/** The words that may follow the program name, in the order `Invalid choice` lists them. */
export const operationChoices: readonly string[] = [...[...commandNames, ...addedCommandNames].sort(), 'completion', 'help'];

export function invalidOperation(given: string): UsageError {
  return new UsageError(`argument operation: ${invalidChoice(given, operationChoices)}`);
}

/** Every choice, two to a line in columns of 40, then the close ones if any. */
export function invalidChoice(given: string, choices: readonly string[]): string {
  const lines = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    lines.push(choices.slice(i, i + 2).map((choice) => choice.padEnd(40)).join(' | '));
  }
  const close = closeMatches(given, choices);
  if (close.length) {
    lines.push(`\n\nInvalid choice: ${stringRepr(given)}, maybe you meant:\n`, ...close.map((choice) => `  * ${choice}`));
  }
  return lines.join('\n');
}
