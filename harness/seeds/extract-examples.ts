/**
 * Extracts the example command lines (`aws cognito-idp ...`) and their documented output from the
 * seed documents: the AWS CLI v1 create-user-pool example (English, one long line) and the examples
 * page (a Spanish machine translation whose text conversion glued options to their values, split
 * commands over lines and turned `\`-newline continuations into `\ `).
 */

import { splitShellWords } from '../../src/batch/shell-words.js';

export interface SeedExample {
  /** `<operation>` or `<operation>#<n>` for the n-th example of an operation in one seed. */
  id: string;
  /** The seed file the example comes from. */
  source: string;
  operation: string;
  /** The words after `aws cognito-idp`, the operation first, as the shell would pass them. */
  argv: string[];
  /** The command as the seed shows it (lines joined with spaces), for review. */
  text: string;
  /** The documented output: parsed JSON, or null when the example says it prints nothing. */
  output?: unknown;
  /** The documented output was not valid JSON and was repaired (a missing comma or quote). */
  outputRepaired?: true;
}

export interface SeedDocument {
  name: string;
  text: string;
}

/** The parameter names (without dashes) of an operation, or undefined for an unknown operation. */
export type ParameterNames = (operation: string) => readonly string[] | undefined;

const COMMAND_START = 'aws cognito-idp ';
/** Lines of prose that end a command in the examples page. */
const PROSE_LINE = /^(-|Salida:.*|Este comando.*|Para .*|Cargue .*|Creación .*|Comando:.*|En el siguiente.*|El siguiente.*)$/;
/** Markers that end a command inside a line (the conversion glued them to the last value). */
const INLINE_END = /Salida:|Output::|Este comando no genera ninguna salida\.|This command produces no output\.| \*\*/;
const OUTPUT_MARKER = /^\s*(Salida:|Output::)/;
const NO_OUTPUT_MARKER = /^\s*(Este comando no genera ninguna salida\.|This command produces no output\.)/;

export function extractExamples(documents: SeedDocument[], parameterNames: ParameterNames): SeedExample[] {
  const examples: SeedExample[] = [];
  for (const document of documents) {
    const counts = new Map<string, number>();
    for (const found of findCommands(document.text)) {
      const words = shellWords(found.command);
      const operation = words[0];
      const names = parameterNames(operation);
      if (!names) throw new Error(`${document.name}: unknown operation in example: ${found.command}`);
      const argv = [operation, ...words.slice(1).flatMap((word) => unglueOption(word, names))];
      const n = (counts.get(operation) ?? 0) + 1;
      counts.set(operation, n);
      const example: SeedExample = {
        id: n === 1 ? operation : `${operation}#${n}`,
        source: document.name,
        operation,
        argv,
        text: `${COMMAND_START}${found.command.replace(/\s*\n\s*/g, ' ')}`,
      };
      const output = documentedOutput(found.after);
      if (output) {
        example.output = output.value;
        if (output.repaired) example.outputRepaired = true;
      }
      examples.push(example);
    }
  }
  return examples;
}

interface FoundCommand {
  /** The command text after `aws cognito-idp `, lines kept (a line break separates words). */
  command: string;
  /** The document text after the command, up to the next command. */
  after: string;
}

function findCommands(text: string): FoundCommand[] {
  const found: FoundCommand[] = [];
  let from = text.indexOf(COMMAND_START);
  while (from !== -1) {
    const next = text.indexOf(COMMAND_START, from + COMMAND_START.length);
    const region = text.slice(from + COMMAND_START.length, next === -1 ? undefined : next);
    const { command, rest } = splitCommand(region);
    found.push({ command, after: rest });
    from = next;
  }
  return found;
}

/** Cuts the command off the text that follows it: at a prose line or an inline end marker. */
function splitCommand(region: string): { command: string; rest: string } {
  const lines = region.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && (line.trim() === '' || PROSE_LINE.test(line.trim()))) {
      return { command: joinLines(kept), rest: lines.slice(i).join('\n') };
    }
    const end = line.search(INLINE_END);
    if (end !== -1) {
      kept.push(line.slice(0, end));
      return { command: joinLines(kept), rest: [line.slice(end), ...lines.slice(i + 1)].join('\n') };
    }
    kept.push(line);
  }
  return { command: joinLines(kept), rest: '' };
}

/**
 * Joins the command's lines. A line that starts with an escaped character (`\"`) continues the
 * previous word (the conversion broke the line after a quoted part); any other break separates words.
 * A `-` glued to the end is the page's section separator, not part of the last value.
 */
function joinLines(lines: string[]): string {
  let joined = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    joined += /^\\\S/.test(line) ? line : `\n${line}`;
  }
  return joined.trimEnd().replace(/(\S)-$/, '$1');
}

/**
 * Splits a command into words as a POSIX shell would. A backslash followed by whitespace is a line
 * continuation that the conversion put on one line, so it separates words.
 */
export function shellWords(command: string): string[] {
  return splitShellWords(command, { joinedContinuations: true });
}

/** `--usernamejane@example.com` -> `--username`, `jane@example.com` (the longest known name wins). */
export function unglueOption(word: string, names: readonly string[]): string[] {
  if (!word.startsWith('--')) return [word];
  const body = word.slice(2);
  if (names.includes(body) || names.some((name) => body.startsWith(`${name}=`))) return [word];
  if (body.startsWith('no-') && names.includes(body.slice(3))) return [word];
  const name = names.filter((n) => body.startsWith(n)).sort((a, b) => b.length - a.length)[0];
  return name ? [`--${name}`, body.slice(name.length)] : [word];
}

/** The JSON after an output marker, or null for "this command produces no output". */
function documentedOutput(after: string): { value: unknown; repaired: boolean } | undefined {
  const text = after.replace(/^[\s-]*/, '');
  if (NO_OUTPUT_MARKER.test(text)) return { value: null, repaired: false };
  if (!OUTPUT_MARKER.test(text)) return undefined;
  // Each documented output is one line of JSON (in the English seed followed by the next example).
  const line = text.slice(text.indexOf('{')).split('\n')[0];
  const json = line.split(' **')[0].trim();
  try {
    return { value: JSON.parse(json), repaired: false };
  } catch {
    return { value: JSON.parse(repairJson(json)), repaired: true };
  }
}

/** The documented outputs' typos: a missing comma between members, a missing opening quote. */
function repairJson(json: string): string {
  return json.replace(/"\s+"(\w+)":/g, '", "$1":').replace(/:\s+([A-Za-z_]\w*)"/g, ': "$1"');
}
