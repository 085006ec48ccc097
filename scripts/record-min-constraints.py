"""Writes src/params/min-constraints.ts: the `min` constraints of the Cognito user pools model that
the AWS CLI checks before sending (string and list lengths, integer values), read from the botocore
model installed with the AWS CLI. Run: python3 scripts/record-min-constraints.py"""
import glob
import gzip
import json
import os

import botocore

pattern = os.path.join(os.path.dirname(botocore.__file__), 'data', 'cognito-idp', '*', 'service-2.json.gz')
model = json.load(gzip.open(sorted(glob.glob(pattern))[-1]))
shapes = model['shapes']
constraints = {}


def record(path, shape_name):
    shape = shapes[shape_name]
    if 'min' in shape and shape['type'] in ('string', 'integer', 'long', 'list'):
        constraints[path] = shape['min']
    if shape['type'] == 'list':
        record(path + '[]', shape['member']['shape'])
    elif shape['type'] == 'map':
        record(path + '{key}', shape['key']['shape'])
        record(path + '{}', shape['value']['shape'])


for name, shape in shapes.items():
    if shape['type'] == 'structure':
        for member, target in shape.get('members', {}).items():
            record(f'{name}.{member}', target['shape'])

lines = [f"  '{key}': {value}," for key, value in sorted(constraints.items())]
out = os.path.join(os.path.dirname(__file__), '..', 'src', 'params', 'min-constraints.ts')
with open(out, 'w') as f:
    f.write(
        '// Recorded by scripts/record-min-constraints.py from the botocore model of cognito-idp.\n'
        '/**\n'
        ' * The model\'s `min` constraints the AWS CLI checks client-side, keyed by `Structure.Member`, then\n'
        ' * `[]` for a list\'s items and `{key}` / `{}` for a map\'s keys / values.\n'
        ' */\n'
        'export const minConstraints: Readonly<Record<string, number>> = {\n'
        + '\n'.join(lines)
        + '\n};\n'
    )
print(len(constraints), 'constraints')
