"""Writes src/generator/model-facts.ts, which `npm run generate` merges into the shape table: the
`min` constraints of the Cognito user pools model that the AWS CLI checks before sending (string
and list lengths, integer values), the members that hold secrets (sensitive shapes, including maps
such as AuthParameters) and the names of the lists and maps members hold, read from the botocore
model installed with the AWS CLI. Run: python3 tools/record-model-facts.py [--stdout]"""
import glob
import gzip
import json
import os
import sys

import botocore

pattern = os.path.join(os.path.dirname(botocore.__file__), 'data', 'cognito-idp', '*', 'service-2.json.gz')
model = json.load(gzip.open(sorted(glob.glob(pattern))[-1]))
shapes = model['shapes']
constraints = {}
container_names = {}


def record(path, shape_name):
    shape = shapes[shape_name]
    if 'min' in shape and shape['type'] in ('string', 'integer', 'long', 'list'):
        constraints[path] = shape['min']
    if shape['type'] == 'list':
        record(path + '[]', shape['member']['shape'])
    elif shape['type'] == 'map':
        record(path + '{key}', shape['key']['shape'])
        record(path + '{}', shape['value']['shape'])


def holds_secret(shape_name, seen=()):
    shape = shapes[shape_name]
    if shape.get('sensitive'):
        return True
    if shape_name in seen:
        return False
    if shape['type'] == 'list':
        return holds_secret(shape['member']['shape'], seen + (shape_name,))
    if shape['type'] == 'map':
        return holds_secret(shape['value']['shape'], seen + (shape_name,))
    return False


secret_members = []
for name, shape in shapes.items():
    if shape['type'] == 'structure':
        for member, target in shape.get('members', {}).items():
            record(f'{name}.{member}', target['shape'])
            if shapes[target['shape']]['type'] in ('list', 'map'):
                container_names[f'{name}.{member}'] = target['shape']
            if holds_secret(target['shape']):
                secret_members.append(f'{name}.{member}')

lines = [f"  '{key}': {value}," for key, value in sorted(constraints.items())]
out = os.path.join(os.path.dirname(__file__), '..', 'src', 'generator', 'model-facts.ts')
text = (
    '// Recorded by tools/record-model-facts.py from the botocore model of cognito-idp.\n'
    '/**\n'
    ' * The model\'s `min` constraints the AWS CLI checks client-side, keyed by `Structure.Member`, then\n'
    ' * `[]` for a list\'s items and `{key}` / `{}` for a map\'s keys / values.\n'
    ' */\n'
    'export const minConstraints: Readonly<Record<string, number>> = {\n'
    + '\n'.join(lines)
    + '\n};\n\n'
    '/** Members whose values are secrets, as `Structure.Member`: never shown in messages. */\n'
    'export const secretMembers: ReadonlySet<string> = new Set([\n'
    + '\n'.join(f"  '{key}'," for key in sorted(secret_members))
    + '\n]);\n\n'
    '/** The name of the list or map each member holds, as `Structure.Member`: the SDK leaves most out. */\n'
    'export const containerNames: Readonly<Record<string, string>> = {\n'
    + '\n'.join(f"  '{key}': '{value}'," for key, value in sorted(container_names.items()))
    + '\n};\n'
)
# --stdout prints instead of writing, so a test can compare with the committed file.
if '--stdout' in sys.argv:
    sys.stdout.write(text)
else:
    with open(out, 'w') as f:
        f.write(text)
print(len(constraints), 'constraints,', len(secret_members), 'secret members', file=sys.stderr)
