/**
 * --output yaml and yaml-stream, in the layout of the AWS CLI v2 (ruamel.yaml, block style):
 * sequences not indented under their key, single-quoted strings where quoting is needed, floats
 * as Python writes them. yaml-stream writes each page as an item of a top-level list as it comes.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Tags } from 'yaml';
import { pythonJson } from './python-json.js';
import { applyQuery, fullResult, isEmptyObject, type Formatter } from './formatter.js';
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

// YAML 1.1 booleans as PyYAML and ruamel.yaml resolve them (so they quote the string 'yes' but
// not 'y'); the yaml package's 1.1 schema also takes y and n.
const pythonTrue = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const pythonFalse = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;

// PyYAML's 1.1 floats need a dot, and a sign on the exponent: '1e5' is a string to it.
const pythonExponentFloat = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*[eE][-+][0-9]+$/;

function withPythonResolvers(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag !== 'object' || !('test' in tag) || !tag.test) return tag;
    if (tag.tag === 'tag:yaml.org,2002:bool') return { ...tag, test: tag.test.test('true') ? pythonTrue : pythonFalse };
    if (tag.tag === 'tag:yaml.org,2002:float' && tag.test.test('1e5')) return { ...tag, test: pythonExponentFloat };
    return tag;
  }) as Tags;
}

// Characters PyYAML will not write in a plain or single-quoted scalar (tabs, controls): such a
// string is double-quoted with escapes.
const needsDoubleQuotes = /[^\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]|\ufeff/u;

export function toYaml(value: OutputValue): string {
  // A lone scalar (a --query result) is written as JSON, without YAML's document end marker.
  if (value === null || typeof value !== 'object' || value instanceof RawNumber) return `${pythonJson(value)}\n`;
  const document = new Document(null, { version: '1.1', customTags: withPythonResolvers });
  document.contents = toNode(value);
  return document.toString({ indentSeq: false, singleQuote: true, blockQuote: false, lineWidth: 80, minContentWidth: 20 });
}

function toNode(value: OutputValue): Scalar | YAMLSeq | YAMLMap {
  if (value instanceof RawNumber) {
    const number = new Scalar(Number(value.text));
    // A float the service sent as `1.0` stays a float, as Python prints it.
    if (!value.isInteger && Number.isInteger(number.value)) number.minFractionDigits = 1;
    return number;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.items = value.map(toNode);
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap();
    map.items = Object.entries(value).map(([key, item]) => new Pair(new Scalar(key), toNode(item)));
    return map;
  }
  const scalar = new Scalar(value);
  if (typeof value === 'string' && needsDoubleQuotes.test(value)) scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}
