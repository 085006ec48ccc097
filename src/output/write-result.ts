/** Prints a call's result in the chosen output format, with --query and the timestamp setting. */
import type { Io } from '../io.js';
import type { GlobalOptions } from '../config/global-options.js';
import type { Settings } from '../config/settings.js';
import { useColor } from '../terminal/color.js';
import type { CallResult } from './call-result.js';
import type { Formatter, OutputJob } from './formatter.js';
import { formatJson } from './json.js';
import { formatOff } from './off.js';
import type { Query } from './query.js';
import { shapeFullResult, shapeResponse } from './shape-order.js';
import { Sink } from './sink.js';
import { formatText } from './text.js';

export interface OutputContext {
  /** The operation whose response this is: table output's title. */
  operation: string;
  /** The response's shape, for member order and timestamps; a name the model lacks leaves it as it is. */
  output: string;
  settings: Settings;
  options: GlobalOptions;
  io: Io;
}

// Table and YAML output are loaded only when chosen, to keep them out of start-up.
const formatters: Record<string, () => Promise<Formatter>> = {
  json: async () => formatJson,
  text: async () => formatText,
  table: async () => (await import('./table.js')).formatTable,
  yaml: async () => (await import('./yaml.js')).formatYaml,
  'yaml-stream': async () => (await import('./yaml.js')).formatYamlStream,
  off: async () => formatOff,
};

const DEFAULT_TERMINAL_WIDTH = 80;

/** Checks what can be checked before the call: a --query that does not parse is exit 252. */
export async function checkOutputOptions(options: GlobalOptions): Promise<void> {
  await queryOf(options);
}

/** The compiled --query; JMESPath is loaded only when one is given. */
async function queryOf(options: GlobalOptions): Promise<Query | undefined> {
  return options.query === undefined ? undefined : (await import('./query.js')).compileQuery(options.query);
}

export async function writeResult(call: CallResult, context: OutputContext): Promise<void> {
  const { operation, output, settings, options, io } = context;
  const formatter = await (formatters[settings.output] ?? formatters.json)();
  const timestamps = settings.timestampFormat;
  const sink = new Sink(io.stdout);
  const job: OutputJob = {
    result: call,
    operation,
    shape: (value) => shapeResponse(value, output, timestamps),
    shapeFull: (value, resultKeys) => shapeFullResult(value, output, resultKeys, timestamps),
    query: await queryOf(options),
    sink,
    color: useColor(options.color, io),
    terminalWidth: io.stdout.isTTY ? (io.stdout.columns ?? DEFAULT_TERMINAL_WIDTH) : DEFAULT_TERMINAL_WIDTH,
  };
  try {
    await formatter(job);
  } finally {
    sink.flush();
  }
}
