/** The operation word refused as the AWS CLI's argument parser refuses it, with close matches. */
import { addedCommandNames } from '../added/index.js';
import { invalidChoice } from '../arguments/invalid-choice.js';
import { commandNames } from '../commands/index.js';
import { UsageError } from '../errors.js';

export function invalidOperation(given: string): UsageError {
  // The words that may follow the program name, in the order `Invalid choice` lists them.
  const choices = [...[...commandNames, ...addedCommandNames].sort(), 'completion', 'help'];
  return new UsageError(`argument operation: ${invalidChoice(given, choices)}`);
}
