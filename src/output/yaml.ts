/**
 * --output yaml and yaml-stream as the AWS CLI v2 writes them (ruamel.yaml's safe dumper, block
 * style): keys sorted, sequences not indented under their key, strings single-quoted when YAML 1.2
 * would read them as something else, double-quoted when they hold line breaks, tabs or controls,
 * numbers exactly as Python prints them, a lone scalar as JSON. yaml-stream writes each page as an
 * item of a top-level list as soon as it arrives.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type ScalarTag, type Tags } from 'yaml';
import { applyQuery, fullResult, isEmptyObject, type Formatter } from './formatter.js';
import { pythonFloat, pythonJson } from './python-json.js';
import { sortedKeys } from './python-str.js';
import { RawNumber, type OutputValue } from './value.js';

export const formatYaml: Formatter = async (job) => {
  const value = await fullResult(job);
  if (isEmptyObject(value)) return;
  job.sink.write(toYaml(value));
};

export const formatYamlStream: Formatter = async (job) => {
  const { result } = job;
  if (result.kind === 'single') return void job.sink.write(toYaml([applyQuery(job, job.shape(result.response))]));
  for await (const page of result.pages()) {
    job.sink.write(toYaml([applyQuery(job, job.shape(page))]));
    job.sink.flush();
  }
};

export function toYaml(value: OutputValue): string {
  if (value === null || typeof value !== 'object' || value instanceof RawNumber) return `${pythonJson(value)}\n`;
  const document = new Document(null, { version: '1.2', customTags: withRawNumbers });
  document.contents = toNode(value);
  return document.toString({ indentSeq: false, singleQuote: true, blockQuote: false, lineWidth: 80, minContentWidth: 20 });
}

/** Prints a RawNumber as Python does (1.0 stays 1.0, 1e16 is 1e+16). */
const rawNumberTag: ScalarTag = {
  default: true,
  tag: 'tag:yaml.org,2002:float',
  identify: (value) => value instanceof RawNumber,
  resolve: (text) => new RawNumber(text),
  stringify: ({ value }) => {
    const number = value as RawNumber;
    return number.isInteger ? number.text : pythonFloat(Number(number.text));
  },
};

function withRawNumbers(tags: Tags): Tags {
  return [rawNumberTag, ...tags];
}

// Strings ruamel.yaml's YAML 1.2 resolver reads as another type, beyond the core schema's own
// (which the yaml package already quotes): timestamps, binary and underscored numbers, = and <<.
const otherImplicitTypes = [
  /^\d{4}-\d\d-\d\d$/,
  /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/,
  /^[-+]?0b[01_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?$/,
  /^(?:=|<<)$/,
];

// Characters ruamel.yaml will not leave in a plain or single-quoted scalar: line breaks, tabs,
// controls. Such a string is double-quoted with escapes.
const needsDoubleQuotes = /[^\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]|\ufeff/u;

function toNode(value: OutputValue): Scalar | YAMLSeq | YAMLMap {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.items = value.map(toNode);
    return seq;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof RawNumber)) {
    const map = new YAMLMap();
    map.items = sortedKeys(Object.keys(value)).map((key) => new Pair(stringNode(key), toNode(value[key])));
    return map;
  }
  return typeof value === 'string' ? stringNode(value) : new Scalar(value);
}

function stringNode(text: string): Scalar {
  const scalar = new Scalar(text);
  if (needsDoubleQuotes.test(text)) scalar.type = Scalar.QUOTE_DOUBLE;
  else if (otherImplicitTypes.some((pattern) => pattern.test(text))) scalar.type = Scalar.QUOTE_SINGLE;
  return scalar;
}
