/**
 * Whether a call pages, and how: the AWS CLI's rules. Giving the service's own token or limit
 * parameter turns auto-pagination off, and --no-paginate refuses the paging options.
 */
import { intArgument } from '../arguments/argument.js';
import type { OperationSpec, Parameter } from '../model/types.js';
import { PaginationError } from './errors.js';
import type { PagingConfig } from './paginate.js';

/** The words given to --starting-token, --page-size and --max-items. */
export interface PagingArgs {
  startingToken?: string;
  pageSize?: string;
  maxItems?: string;
}

/** The paging config when the call pages, undefined for one call. */
export function pagingPlan(
  spec: OperationSpec,
  given: Map<Parameter, unknown>,
  args: PagingArgs,
  paginateOption: boolean,
  warn: (line: string) => void,
): PagingConfig | undefined {
  const paginator = spec.paginator;
  if (!paginator) return undefined;
  const pageSize = args.pageSize === undefined ? undefined : intArgument('--page-size', args.pageSize);
  const maxItems = args.maxItems === undefined ? undefined : intArgument('--max-items', args.maxItems);
  const manualMembers = [paginator.inputToken, paginator.limitKey].filter(Boolean);
  const manual = [...given.keys()].some((param) => manualMembers.includes(param.member));
  if (manual || !paginateOption) {
    // As argparse values are tested for truth there: 0 and '' do not count as given.
    const used = [
      args.startingToken ? '--starting-token' : '',
      pageSize ? '--page-size' : '',
      maxItems ? '--max-items' : '',
    ].filter(Boolean);
    if (used.length) throw new PaginationError(`Cannot specify --no-paginate along with pagination arguments: ${used.join(', ')}`);
    return undefined;
  }
  if (maxItems !== undefined && maxItems <= 0) warn('warning: Non-positive values for --max-items may result in undefined behavior.\n');
  return { startingToken: args.startingToken, pageSize, maxItems };
}

