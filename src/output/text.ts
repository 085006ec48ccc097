/**
 * --output text, as awscli/text.py writes it: each structure's scalar values on one tab-separated
 * row (keys sorted), prefixed by the uppercased key that led to it; nested lists and structures on
 * rows of their own. Paginated results are written page by page, --query applied to each.
 */
import { applyQuery, type Formatter } from './formatter.js';
import { sortedKeys } from '../python/sorted.js';
import { isScalar, pythonStr } from './python-str.js';
import { isObject, type OutputObject, type OutputValue } from './value.js';

interface LineWriter {
  write(text: string): void;
}

export const formatText: Formatter = async (job) => {
  const { result } = job;
  if (result.kind === 'single') return writeText(applyQuery(job, job.shape(result.response)), job.sink);
  let first = true;
  for await (const page of result.pages()) {
    const current: OutputObject = first ? { ...asObject(job.shape(result.nonAggregatePart())) } : {};
    first = false;
    const shaped = asObject(job.shape(page));
    for (const key of result.resultKeys) current[key] = shaped[key] ?? null;
    writeText(applyQuery(job, current), job.sink);
    // The page is on its way to the reader before the next one is fetched.
    job.sink.flush();
  }
  const token = result.resumeToken();
  if (token !== undefined) writeText(applyQuery(job, { NextToken: { NextToken: token } }), job.sink);
};

function asObject(value: OutputValue): OutputObject {
  return isObject(value) ? value : {};
}

export function writeText(value: OutputValue, out: LineWriter, identifier?: string, scalarKeys?: string[]): void {
  if (isObject(value)) writeObject(value, out, identifier, scalarKeys);
  else if (Array.isArray(value)) writeList(value, out, identifier);
  else out.write(`${pythonStr(value)}\n`);
}

function writeList(items: OutputValue[], out: LineWriter, identifier?: string): void {
  if (items.length === 0) return;
  if (items.some(isObject)) {
    const keys = allScalarKeys(items);
    for (const item of items) writeText(item, out, identifier, keys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar);
    if (scalars.length) writeScalarList(scalars, out, identifier);
    for (const item of items) if (!isScalar(item)) writeText(item, out, identifier);
  } else {
    writeScalarList(items, out, identifier);
  }
}

function writeScalarList(items: OutputValue[], out: LineWriter, identifier?: string): void {
  if (identifier === undefined) return out.write(`${items.map(pythonStr).join('\t')}\n`);
  const label = identifier.toUpperCase();
  for (const item of items) out.write(`${label}\t${pythonStr(item)}\n`);
}

function writeObject(item: OutputObject, out: LineWriter, identifier?: string, scalarKeys?: string[]): void {
  const scalars: string[] = [];
  const nested: [string, OutputValue][] = [];
  if (scalarKeys === undefined) {
    for (const key of sortedKeys(Object.keys(item))) {
      if (isScalar(item[key])) scalars.push(pythonStr(item[key]));
      else nested.push([key, item[key]]);
    }
  } else {
    for (const key of scalarKeys) scalars.push(Object.hasOwn(item, key) ? pythonStr(item[key]) : '');
    const known = new Set(scalarKeys);
    for (const key of sortedKeys(Object.keys(item))) if (!known.has(key)) nested.push([key, item[key]]);
  }
  if (scalars.length) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.write(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nested) writeText(value, out, key);
}

function allScalarKeys(items: OutputValue[]): string[] {
  const keys = new Set<string>();
  for (const item of items) {
    if (!isObject(item)) continue;
    for (const [key, value] of Object.entries(item)) if (isScalar(value)) keys.add(key);
  }
  return sortedKeys([...keys]);
}
