/**
 * --output yaml and yaml-stream, in the layout of the AWS CLI v2 (ruamel.yaml, block style):
 * sequences not indented under their key, single-quoted strings where quoting is needed, floats
 * as Python writes them. yaml-stream writes each page as an item of a top-level list as it comes.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
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
  for await (const page of result.pages()) job.sink.write(toYaml([applyQuery(job, job.shape(page))]));
};

export function toYaml(value: OutputValue): string {
  const document = new Document(null, { version: '1.1' });
  document.contents = toNode(value);
  return document.toString({ indentSeq: false, singleQuote: true, lineWidth: 80, minContentWidth: 20 });
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
  return new Scalar(value);
}
