/** Long options may be shortened to any unambiguous prefix, as the AWS CLI (argparse) allows. */
import { UsageError } from '../errors.js';

export function expandAbbreviations(args: string[], longOptions: string[]): string[] {
  const known = new Set(longOptions);
  return args.map((arg) => {
    if (!arg.startsWith('--') || arg === '--') return arg;
    const [flag, ...rest] = arg.split('=');
    if (known.has(flag)) return arg;
    const matches = longOptions.filter((option) => option.startsWith(flag));
    if (matches.length > 1) {
      throw new UsageError(`ambiguous option: ${flag} could match ${matches.join(', ')}`);
    }
    return matches.length === 1 ? [matches[0], ...rest].join('=') : arg;
  });
}
