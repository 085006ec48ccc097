/** "Invalid choice" as the AWS CLI's argument parser (argparse) words it. */
import { closeMatches } from '../python/close-matches.js';
import { stringRepr } from '../python/repr.js';

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
