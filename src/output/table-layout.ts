/**
 * The sections of an AWS CLI table (awscli/formatter.py TableFormatter): a titled section per
 * structure or list, scalar members as a header row and a value row (or a key/value row when there
 * is one), nested structures and lists as indented sections of their own.
 */
import { PythonNumber } from '../python/number.js';
import { pythonStr } from '../python/repr.js';
import { sortedKeys } from '../python/sorted.js';
import { isObject, isScalar, type OutputObject, type OutputValue } from './value.js';

export interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  indent: number;
}

/** awscli refuses a row whose length differs from the section's first row or header. */
export class UnevenRowError extends Error {}

export function buildSections(title: string, value: OutputValue): Section[] {
  const sections: Section[] = [];
  const newSection = (name: string, indent: number) => {
    const section: Section = { title: name, headers: [], rows: [], indent };
    sections.push(section);
    return section;
  };
  let current: Section | undefined;
  const columns = new Map<Section, number>();
  const setHeaders = (headers: string[]) => {
    if (!columns.has(current!)) columns.set(current!, headers.length);
    current!.headers = headers;
  };
  const pushRow = (row: string[]) => {
    const expected = columns.get(current!) ?? row.length;
    columns.set(current!, expected);
    if (row.length !== expected) {
      throw new UnevenRowError(`Row should have ${expected} elements, instead it has ${row.length}`);
    }
    current!.rows.push(row);
  };
  const addRow = (row: OutputValue[]) => pushRow(row.map(pythonStr));

  const build = (name: string | undefined, item: OutputValue, indent: number): void => {
    if (isFalsy(item)) return;
    if (name !== undefined) current = newSection(name, indent);
    if (Array.isArray(item)) {
      if (isObject(item[0])) fromList(item, indent, name);
      else {
        for (const element of item) {
          if (isScalar(element)) addRow([element]);
          else if (Array.isArray(element) && element.every(isScalar)) addRow(element);
          // A structure among scalars: awscli iterates it like a row, which yields its keys.
          else if (isObject(element)) addRow(Object.keys(element));
          else build(undefined, element, 0);
        }
      }
    }
    if (isObject(item)) fromObject(item, indent);
  };

  const fromObject = (item: OutputObject, indent: number) => {
    const [headers, more] = groupScalarKeys(item);
    if (headers.length === 1) addRow([headers[0], item[headers[0]]]);
    else if (headers.length) {
      setHeaders(headers);
      addRow(headers.map((key) => item[key]));
    }
    for (const key of more) build(key, item[key], indent + 1);
  };

  const fromList = (items: OutputValue[], indent: number, name: string | undefined) => {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const element of items) {
      if (!isObject(element)) continue;
      const [headers, more] = groupScalarKeys(element);
      headers.forEach((key) => headerSet.add(key));
      more.forEach((key) => moreSet.add(key));
    }
    const headers = sortedKeys([...headerSet]);
    const more = sortedKeys([...moreSet]);
    setHeaders(headers);
    items.forEach((element, i) => {
      if (i > 0 && more.length) {
        current = newSection(name ?? '', indent);
        setHeaders(headers);
      }
      const record = isObject(element) ? element : {};
      pushRow(headers.map((key) => (Object.hasOwn(record, key) ? pythonStr(record[key]) : '')));
      for (const key of more) if (Object.hasOwn(record, key)) build(key, record[key], indent + 1);
    });
  };

  build(title, value, 0);
  return sections;
}

function groupScalarKeys(item: OutputObject): [string[], string[]] {
  const headers: string[] = [];
  const more: string[] = [];
  for (const [key, value] of Object.entries(item)) (isScalar(value) ? headers : more).push(key);
  return [sortedKeys(headers), sortedKeys(more)];
}

/** Python truthiness: empty containers and strings, zero, false and None are skipped. */
function isFalsy(value: OutputValue): boolean {
  if (value === null || value === false || value === '') return true;
  if (value instanceof PythonNumber) return value.value === 0;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

/** A section with one row and headers becomes one key/value row per column. */
export function toVertical(section: Section): Section {
  if (section.rows.length !== 1 || section.headers.length === 0) return section;
  const row = section.rows[0];
  const rows = section.headers.slice(0, row.length).map((header, i) => [header, row[i]]);
  return { title: section.title, headers: [], rows, indent: section.indent };
}
