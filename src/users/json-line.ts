/**
 * One value as one line of JSON, as Python's json.dumps(value, ensure_ascii=False) writes it (the
 * AWS CLI's JSON without indentation): separators `, ` and `: `, the service's number text kept.
 * pythonJson with no indent puts each item on its own line; string escaping guarantees that every
 * newline in its output is layout, so joining the lines gives the one-line form.
 */
import { pythonJson } from '../output/python-json.js';

export function jsonLine(value: unknown): string {
  return pythonJson(value, 0).replace(/,\n/g, ', ').replace(/\n/g, '');
}
