/**
 * Values as single lines of JSON, as Python's json.dumps(value, ensure_ascii=False) writes them (the
 * AWS CLI's JSON without indentation): separators `, ` and `: `, the service's number text kept.
 */
import { pythonJson, pythonJsonText } from '../output/python-json.js';

export function jsonLine(value: unknown): string {
  return pythonJson(value, null);
}

/** Each value on its own line, every line ending in a newline; one writer escapes each key once. */
export function jsonLines(values: readonly unknown[]): string {
  return pythonJsonText(null, (writer) => {
    for (const value of values) {
      writer.value(value, '');
      writer.raw('\n');
    }
  });
}
