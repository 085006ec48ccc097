"""Records how the installed AWS CLI's shorthand parser reads each input of
test/shorthand/fixtures/parser-inputs.json into test/shorthand/fixtures/parser-cases.json:
{"input", "value"} or {"input", "error": {"kind", "expected", "actual", "index"}}.
Run: python3 tools/record-shorthand-fixtures.py"""
import json
import os

from awscli.shorthand import DuplicateKeyInObjectError, ShorthandParser, ShorthandParseSyntaxError

root = os.path.join(os.path.dirname(__file__), '..', 'test', 'shorthand', 'fixtures')
with open(os.path.join(root, 'parser-inputs.json')) as f:
    inputs = json.load(f)

cases = []
for text in inputs:
    try:
        cases.append({'input': text, 'value': ShorthandParser().parse(text)})
    except ShorthandParseSyntaxError as e:
        error = {'kind': 'syntax', 'expected': e.expected, 'actual': e.actual, 'index': e.index}
        cases.append({'input': text, 'error': error})
    except DuplicateKeyInObjectError as e:
        cases.append({'input': text, 'error': {'kind': 'duplicate', 'key': e.key, 'index': e.index}})

with open(os.path.join(root, 'parser-cases.json'), 'w') as f:
    json.dump(cases, f, indent=1, ensure_ascii=False)
    f.write('\n')
print(len(cases), 'cases')
