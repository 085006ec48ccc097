/**
 * The argument table of a command: its own options, then (for paginated operations) the paging
 * options, the request-file and skeleton options, and the global options.
 */
import { carriesSecretHash } from '../auth/fill-secret-hash.js';
import { resolveShape } from '../model/resolve.js';
import type { OperationSpec, Parameter } from '../model/types.js';
import type { Argument } from './argument.js';
import { globalArguments } from './global-arguments.js';

const skeletonKinds = ['input', 'output', 'yaml-input'] as const;

const pagingArguments: readonly Argument[] = [
  {
    name: 'starting-token',
    group: 'paging',
    arity: 'one',
    valueName: 'string',
    description: 'A token to specify where to start paginating. This is the NextToken from a previously truncated response.',
  },
  {
    name: 'page-size',
    group: 'paging',
    arity: 'one',
    valueName: 'integer',
    description:
      "The size of each page to get in the AWS service call. This does not affect the number of items returned in the command's output. Setting a smaller page size results in more calls to the AWS service, retrieving fewer items in each call.",
  },
  {
    name: 'max-items',
    group: 'paging',
    arity: 'one',
    valueName: 'integer',
    description:
      "The total number of items to return in the command's output. If the total number of items available is more than the value specified, a NextToken is provided in the command's output. To resume pagination, provide the NextToken value in the starting-token argument of a subsequent command.",
  },
];

const inputArguments: readonly Argument[] = [
  {
    name: 'cli-input-json',
    group: 'input',
    arity: 'one',
    valueName: 'string',
    description:
      'Reads arguments from the JSON string provided (inline or file://). The JSON string follows the format provided by --generate-cli-skeleton. Values given on the command line override the JSON-provided values.',
  },
  {
    name: 'cli-input-yaml',
    group: 'input',
    arity: 'one',
    valueName: 'string',
    description:
      'Reads arguments from the YAML string provided (inline or file://). The YAML string follows the format provided by --generate-cli-skeleton yaml-input. Values given on the command line override the YAML-provided values.',
  },
  {
    name: 'generate-cli-skeleton',
    group: 'input',
    arity: 'optional',
    preset: 'input',
    choices: skeletonKinds,
    valueName: 'string',
    description:
      'Prints a JSON skeleton to standard output without sending an API request. With no value or the value input, a sample input JSON for --cli-input-json; yaml-input, a sample input YAML for --cli-input-yaml; output, a sample of the output.',
  },
];

/** Not a request member: the secret from which SECRET_HASH is computed, for the operations that carry one. */
const clientSecretArgument: Argument = {
  name: 'client-secret',
  group: 'parameter',
  arity: 'one',
  valueName: 'string',
  description:
    'The app client secret. SECRET_HASH (SecretHash) is computed from it, the client ID and the user name the request names, and sent, unless the request already has one.',
};

function parameterArgument(param: Parameter): Argument {
  const base = { name: param.name, group: 'parameter' as const, parameter: param, ...(param.required ? { required: true as const } : {}) };
  if (param.shape === 'boolean') return { ...base, arity: 'none', negatable: true };
  return { ...base, arity: resolveShape(param.shape).type === 'list' ? 'list' : 'one' };
}

const tables = new WeakMap<OperationSpec, readonly Argument[]>();

/** Everything an operation accepts on the command line, in the order help lists it. */
export function operationArguments(spec: OperationSpec): readonly Argument[] {
  let table = tables.get(spec);
  if (!table) {
    table = [
      ...spec.parameters.map(parameterArgument),
      ...(carriesSecretHash(spec.operation) ? [clientSecretArgument] : []),
      ...(spec.paginator ? pagingArguments : []),
      ...inputArguments,
      ...globalArguments,
    ];
    tables.set(spec, table);
  }
  return table;
}

/** An added command's own arguments (src/added/), then the global options. */
export function addedArguments(command: { arguments: readonly Argument[] }): readonly Argument[] {
  return [...command.arguments, ...globalArguments];
}
