/**
 * `--generate-cli-skeleton`: a sample request (placeholders by type, as botocore's
 * ArgumentGenerator makes them) or a sample response (strings carry their member names).
 */
import { stringify } from 'yaml';
import { resolveShape } from '../model/resolve.js';
import type { OperationSpec } from '../model/types.js';
import { pythonJson } from '../output/python-json.js';
import type { OutputObject, OutputValue } from '../output/value.js';
import { PythonNumber } from '../python/number.js';

/** Placeholder text for strings: empty (input) or the member's name (output). */
type Naming = 'empty' | 'member-names';

export function inputSkeleton(spec: OperationSpec): OutputValue {
  return skeletonOf(spec.input, [], '', 'empty');
}

export function outputSkeleton(spec: OperationSpec): OutputValue {
  return skeletonOf(spec.output, [], '', 'member-names');
}

/** What `--generate-cli-skeleton input` prints: json.dumps(indent=4). */
export function inputSkeletonJson(spec: OperationSpec): string {
  return `${pythonJson(inputSkeleton(spec))}\n`;
}

/** What `--generate-cli-skeleton yaml-input` prints: the same skeleton in YAML, required members marked. */
export function inputSkeletonYaml(spec: OperationSpec): string {
  const skeleton = inputSkeleton(spec) as OutputObject;
  if (Object.keys(skeleton).length === 0) return '{}\n';
  const shape = resolveShape(spec.input);
  const required = new Set(shape.type === 'structure' ? Object.keys(shape.members).filter((name) => shape.members[name].required) : []);
  const lines: string[] = [];
  for (const [name, value] of Object.entries(skeleton)) {
    const text = stringify({ [name]: value }, { lineWidth: 0, indentSeq: false, singleQuote: true }).trimEnd().split('\n');
    if (required.has(name)) text[0] += ' # [REQUIRED]';
    lines.push(...text);
  }
  return `${lines.join('\n')}\n`;
}

function skeletonOf(shapeName: string, stack: string[], name: string, naming: Naming): OutputValue {
  const shape = resolveShape(shapeName);
  stack.push(shapeName);
  try {
    switch (shape.type) {
      case 'structure': {
        // A structure that contains itself stops at its second appearance.
        if (stack.filter((entry) => entry === shapeName).length > 1) return {};
        const result: OutputObject = {};
        for (const [member, { shape: memberShape }] of Object.entries(shape.members)) {
          result[member] = skeletonOf(memberShape, stack, member, naming);
        }
        return result;
      }
      case 'list': {
        return [skeletonOf(shape.member.shape, stack, naming === 'member-names' ? listItemName(shape.member.shape) : '', naming)];
      }
      case 'map': {
        return { KeyName: skeletonOf(shape.value.shape, stack, '', naming) };
      }
      case 'string': {
        if (naming === 'member-names') return name;
        return 'enum' in shape ? shape.enum[0] : '';
      }
      case 'integer':
        return new PythonNumber('0');
      case 'boolean':
        return true;
      case 'timestamp':
        return '1970-01-01T00:00:00';
      case 'document':
        return {};
      default:
        return null;
    }
  } finally {
    stack.pop();
  }
}

/**
 * botocore names a list item after its shape (e.g. `StringType`); the generated table names no
 * simple shapes but enums, so plain strings are named by their type.
 */
function listItemName(shapeName: string): string {
  return shapeName;
}
