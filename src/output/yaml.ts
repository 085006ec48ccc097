/**
 * --output yaml and yaml-stream as the AWS CLI v2 writes them: ruamel.yaml's safe dumper in block
 * style, keys sorted, sequences not indented under their key, numbers as Python prints them, a
 * lone scalar as JSON. yaml-stream writes each page as an item of a top-level list as soon as it
 * arrives.
 *
 * The `yaml` package lays out the document (block mappings and sequences, `- ` items, empty `[]`
 * and `{}`, `? ` keys); strings are written by yaml-scalar.ts, which follows the libyaml emitter v2
 * dumps with (quoting, folding past column 80, single-quoted line breaks).
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type ScalarTag, type Tags } from 'yaml';
import { applyQuery, fullResult, isEmptyObject, type Formatter } from './formatter.js';
import { PythonNumber } from '../python/number.js';
import { sortedKeys } from '../python/sorted.js';
import { pythonJson } from './python-json.js';
import type { OutputValue } from './value.js';
import { needsExplicitKey, writeScalar } from './yaml-scalar.js';

export const formatYaml: Formatter = async (job) => {
  const value = await fullResult(job);
  if (isEmptyObject(value)) return;
  job.sink.write(toYaml(value));
};

export const formatYamlStream: Formatter = async (job) => {
  const { result } = job;
  if (result.kind === 'single') {
    const value = applyQuery(job, job.shape(result.response));
    // Like v2, a response with nothing in it (after --query) prints nothing.
    if (!isEmptyObject(value)) job.sink.write(toYaml([value]));
    return;
  }
  for await (const page of result.pages()) {
    job.sink.write(toYaml([applyQuery(job, job.shape(page))]));
    job.sink.flush();
  }
};

export function toYaml(value: OutputValue): string {
  if (value === null || typeof value !== 'object' || value instanceof PythonNumber) return `${pythonJson(value)}\n`;
  const document = new Document(null, { version: '1.2', customTags: withCliScalars });
  document.contents = toNode(value);
  return document.toString({ indentSeq: false, lineWidth: 0 });
}

type StringifyContext = Parameters<NonNullable<ScalarTag['stringify']>>[1];

/** Strings, written as libyaml writes them where the `yaml` package puts them. */
const stringTag: ScalarTag = {
  default: true,
  tag: 'tag:yaml.org,2002:str',
  identify: (value) => typeof value === 'string',
  resolve: (text) => text,
  stringify: ({ value }, ctx) => writeScalar(String(value), placeOf(ctx)),
};

/**
 * The column a scalar starts at and the indentation of its continuation lines. The `yaml` package
 * gives a mapping value the width of `key: ` as indentAtStart, counted from the pair's own
 * indentation (one step less than ctx.indent); a sequence item or a `? ` key starts at ctx.indent.
 */
function placeOf(ctx: StringifyContext) {
  const indent = ctx.indent.length;
  const column = ctx.indentAtStart === undefined ? indent : indent - ctx.indentStep.length + ctx.indentAtStart;
  return { column, indent, simpleKey: Boolean(ctx.implicitKey) };
}

/** Prints a number as Python does (1.0 stays 1.0, 1e16 is 1e+16). */
const numberTag: ScalarTag = {
  default: true,
  tag: 'tag:yaml.org,2002:float',
  identify: (value) => value instanceof PythonNumber,
  resolve: (text) => new PythonNumber(text),
  stringify: ({ value }) => (value as PythonNumber).dumps(),
};

function withCliScalars(tags: Tags): Tags {
  return [stringTag, numberTag, ...tags];
}

function toNode(value: OutputValue): Scalar | YAMLSeq | YAMLMap {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.items = value.map(toNode);
    return seq;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof PythonNumber)) {
    const map = new YAMLMap();
    map.items = sortedKeys(Object.keys(value)).map((key) => new Pair(keyNode(key), toNode(value[key])));
    return map;
  }
  return new Scalar(value);
}

function keyNode(key: string): Scalar {
  const node = new Scalar(key);
  // A block scalar type is how the `yaml` package is told to write `? key`; the text itself is
  // still written by stringTag.
  if (needsExplicitKey(key)) node.type = Scalar.BLOCK_LITERAL;
  return node;
}
