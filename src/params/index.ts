/**
 * Turns the words given to one command-line parameter into the value the request carries.
 * (A first version: JSON, scalars and flat shorthand. The complete rules live in src/shorthand/.)
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { shapes } from '../commands/shapes.js';
import { ParameterError } from '../errors.js';
import type { Parameter } from '../model/types.js';

export function parameterValue(param: Parameter, words: string[]): unknown {
  const shape = shapes[param.shape];
  if (shape?.type === 'list') {
    if (words.length === 1 && words[0].trimStart().startsWith('[')) return parseJson(param, words[0]);
    return words.map((word) => valueOf(param, shape.member.shape, word));
  }
  return valueOf(param, param.shape, words[words.length - 1]);
}

function valueOf(param: Parameter, shapeName: string, word: string): unknown {
  const shape = shapeName in shapes ? shapes[shapeName] : { type: shapeName };
  const text = shape.type === 'blob' ? word : readParamFile(word);
  switch (shape.type) {
    case 'integer':
      if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new ParameterError(`invalid literal for int() with base 10: '${text}'`);
      return Number(text);
    case 'boolean':
      return text.toLowerCase() === 'true';
    case 'blob':
      return word.startsWith('fileb://') ? readFileSync(expandHome(word.slice(8))) : new TextEncoder().encode(readParamFile(word));
    case 'structure':
    case 'map':
      if (/^\s*[[{]/.test(text)) return parseJson(param, text);
      return Object.fromEntries(text.split(',').map((pair) => pair.split('=', 2)));
    default:
      return text;
  }
}

function parseJson(param: Parameter, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ParameterError(`Error parsing parameter '--${param.name}': Invalid JSON: ${(error as Error).message}`);
  }
}

function readParamFile(word: string): string {
  if (!word.startsWith('file://')) return word;
  const path = expandHome(word.slice(7));
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ParameterError(`Error parsing parameter: Unable to load paramfile ${word}: [Errno 2] No such file or directory: '${path}'`);
  }
}

function expandHome(path: string): string {
  return path.startsWith('~') ? homedir() + path.slice(1) : path;
}
