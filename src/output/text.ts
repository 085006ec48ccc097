/**
 * --output text, as awscli/text.py writes it: each structure's scalar values on one tab-separated
 * row (keys sorted), prefixed by the uppercased key that led to it; nested lists and structures on
 * rows of their own. Paginated results are written page by page, --query applied to each.
 */
import type { PagedResult } from './call-result.js';
import { applyQuery, type Formatter, type OutputJob } from './formatter.js';
import { pythonStr } from '../python/repr.js';
import { sortedKeys } from '../python/sorted.js';
import { asObject, isObject, isScalar, type OutputObject, type OutputValue } from './value.js';

interface LineWriter {
  write(text: string): void;
}

export const formatText: Formatter = async (job) => {
  const { result } = job;
  if (result.kind === 'single') return writeText(applyQuery(job, job.shape(result.response)), job.sink);
  const pages = result.pages()[Symbol.asyncIterator]();
  let first = true;
  // Each page is dropped before the next is fetched: the listing's memory stays that of a page.
  let next: IteratorResult<OutputValue> | undefined;
  while (!(next = await pages.next()).done) {
    writePage(job, result, next.value, first);
    next = undefined;
    first = false;
    // The page is on its way to the reader (or taken by its pipe) before the next one is fetched.
    job.sink.flush();
    await job.sink.drained();
  }
  const token = result.resumeToken();
  if (token !== undefined) writeText(applyQuery(job, { NextToken: { NextToken: token } }), job.sink);
};

function writePage(job: OutputJob, result: PagedResult, page: OutputValue, first: boolean): void {
  const current: OutputObject = first ? { ...asObject(job.shape(result.nonAggregatePart())) } : {};
  const shaped = asObject(job.shape(page));
  for (const key of result.resultKeys) current[key] = shaped[key] ?? null;
  writeText(applyQuery(job, current), job.sink);
}

export function writeText(value: OutputValue, out: LineWriter, identifier?: string, scalarKeys?: ScalarKeys): void {
  if (isObject(value)) writeObject(value, out, identifier, scalarKeys);
  else if (Array.isArray(value)) writeList(value, out, identifier);
  else out.write(`${pythonStr(value)}\n`);
}

/** The scalar keys shared by the structures of a list, sorted, and the same as a set. */
interface ScalarKeys {
  sorted: string[];
  set: Set<string>;
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

function writeObject(item: OutputObject, out: LineWriter, identifier?: string, scalarKeys?: ScalarKeys): void {
  // Each scalar after a tab; the row starts with the identifier, or without that first tab.
  let row = '';
  const nested: string[] = [];
  if (scalarKeys === undefined) {
    for (const key of sortedKeys(Object.keys(item))) {
      const value = item[key];
      if (isScalar(value)) row += `\t${pythonStr(value)}`;
      else nested.push(key);
    }
  } else {
    for (const key of scalarKeys.sorted) row += Object.hasOwn(item, key) ? `\t${pythonStr(item[key])}` : '\t';
    const others = Object.keys(item).filter((key) => !scalarKeys.set.has(key));
    if (others.length) nested.push(...sortedKeys(others));
  }
  if (row) out.write(`${identifier === undefined ? row.slice(1) : identifier.toUpperCase() + row}\n`);
  for (const key of nested) writeText(item[key], out, key);
}

function allScalarKeys(items: OutputValue[]): ScalarKeys {
  const set = new Set<string>();
  for (const item of items) {
    if (!isObject(item)) continue;
    for (const key in item) if (Object.hasOwn(item, key) && isScalar(item[key])) set.add(key);
  }
  return { sorted: sortedKeys([...set]), set };
}
