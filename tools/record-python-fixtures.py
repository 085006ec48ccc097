"""Records what CPython answers for each Python-compatible rule in src/python/ into
test/python/fixtures/cpython.json: float repr and json.dumps, round(), int() of text, str.isspace
and strip, repr() of str and bytes, str()/repr()/type() of request values, sorted() of str,
difflib's close matches, base64.b64decode and json.dumps of a str.
Run: python3 tools/record-python-fixtures.py (any Python 3.8 or later)."""
import base64
import binascii
import difflib
import json
import os
import random
import struct
import sys

out = os.path.join(os.path.dirname(__file__), '..', 'test', 'python', 'fixtures', 'cpython.json')


def outcome(call, value):
    try:
        return {'value': call(value)}
    except (ValueError, TypeError, binascii.Error) as e:
        return {'error': str(e)}


def random_doubles(count):
    rng = random.Random(14)
    values = []
    while len(values) < count:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if x == x and x not in (float('inf'), float('-inf')):
            values.append(x)
    # Numbers with few digits near the places where repr switches to exponent form.
    for exponent in range(-8, 20):
        values.append(rng.randint(1, 9999) * 10.0 ** exponent)
    return values


float_literals = [
    '0', '-0.0', '1', '0.1', '0.5', '1.5', '123', '-2.5', '1e16', '1.5e16', '9999999999999998', '1e15',
    '123456789012345.6', '1e-4', '1e-5', '0.0001', '0.00001234', '1e22', '1e21', '5e-324', '2.2250738585072014e-308',
    '1.7976931348623157e308', '1548099495.428', '3.0', '1e+16', '12345678901234567890', '0.30000000000000004',
    'nan', 'inf', '-inf',
]
floats = [{'input': s, 'repr': repr(float(s)), 'json': json.dumps(float(s))} for s in float_literals]
floats += [{'input': repr(x), 'repr': repr(x), 'json': json.dumps(x)} for x in random_doubles(300)]

round_inputs = ['0.5', '1.5', '2.5', '-0.5', '-1.5', '2.675', '3.4999999999999996', '0.49999999999999994', '4.5000001',
                '1e15', '1000000000000000.5', '7.0', '-2.5', '12.5', '13.5', '0.0']
rounds = [{'input': s, 'value': round(float(s))} for s in round_inputs]

int_inputs = [
    '12', ' 12 ', '+5', '-0', '-12', '007', '1_000', '1__0', '_1', '1_', '\u0661\u0662\u0663', '\uff11\uff12',
    '\u0967\u0968', '12.0', '', ' ', '0x10', '9' * 30, '-' + '9' * 25, 'abc', '\xa012\u3000', "it's", '\n5\n',
    '\u200b12', '1 2', '\t-3\x0b', '\x1c7\x1f', 'a"b\'c', '\U0001d7ce', '+', '--1', '5\u2028', 'tab\there',
]
ints = [dict(input=s, **outcome(lambda t: str(int(t)), s)) for s in int_inputs]
ints += [dict(input=v, **outcome(lambda t: str(int(t)), v)) for v in [None, [1], {'a': 1}]]

space = [c for c in range(sys.maxunicode + 1) if chr(c).isspace()]
strip_inputs = ['  a b  ', '\u3000x\xa0', '\x1c\x1d\x1e\x1fy\x85', '\u200bz\u200b', '', ' \t\n\r\x0b\x0c', 'no-space']
strips = [{'input': s, 'strip': s.strip(), 'lstrip': s.lstrip(), 'rstrip': s.rstrip()} for s in strip_inputs]

str_inputs = [
    'plain', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnew\nret\r', '\x00\x07\x1b\x7f', '\x80\x85\x9f',
    'caf\xe9', '\u4e2d\u6587', '\U0001f600', '\xa0nbsp', '\u200bzero-width', '\u2028line', '\ue000private',
    '\U000e0001tag', '\udc80lone', '\u0378unassigned', '', "'", '"', '\xad', '\u3000ideographic', '\ufeffbom',
]
strings = [{'input': s, 'repr': repr(s)} for s in str_inputs]

bytes_inputs = [[104, 105], [39], [34], [39, 34], [92, 0, 9, 10, 13, 127, 128, 255], list(b'a\'b'), [], [7, 27]]
byte_reprs = [{'input': b, 'repr': repr(bytes(b))} for b in bytes_inputs]

value_inputs = [
    'null', 'true', 'false', '1', '-12', '12345678901234567890123', '1.0', '1e16', '1e-05', '0.1', 'NaN', 'Infinity',
    '-Infinity', '"text"', '"it\'s"', '[]', '{}', '[1, 2.5, null, true, "x"]',
    '{"Name": "email", "Value": 1e16}', '{"NextToken": null, "PaginationToken": "a\'b"}', '{"a": {"b": [false, {}]}}',
    '[{"Name": 1e16}]', '{"k": "tab\\there"}',
]
values = []
for text in value_inputs:
    v = json.loads(text)
    values.append({'input': text, 'str': str(v), 'repr': repr(v), 'type': str(type(v))})

sort_inputs = [['b', 'a', 'C', 'B'], ['\U0001f600', '\uffff', 'z'], ['Name', 'name', '_name', 'Name2', 'Na\xefve'], ['\xe9', 'e', 'f'], []]
sorts = [{'input': s, 'sorted': sorted(s)} for s in sort_inputs]

ratio_inputs = [['abcd', 'bcde'], ['admin-get-user', 'admin-get-usr'], ['describe-user-pool-client', 'describe-userpool'],
                ['', ''], ['qabxcd', 'abycdf'], ['a' * 210, 'x' * 10 + 'a' * 200], ['list-users', 'list-user']]
ratios = [{'a': a, 'b': b, 'ratio': difflib.SequenceMatcher(None, a, b).ratio()} for a, b in ratio_inputs]
match_inputs = [
    ['appel', ['ape', 'apple', 'peach', 'puppy']], ['of', ['on', 'off', 'auto']], ['ab', ['ax', 'ay', 'az', 'aw']],
    ['abcd', ['abce', 'abcf']], ['abcde', ['abcdx', 'abcdz', 'abcdw', 'abcdy']], ['jsn', ['json', 'text', 'table']],
    ['list-user', ['list-users', 'list-user-pools', 'list-groups', 'list-users-in-group']],
]
matches = [{'word': w, 'possibilities': p, 'matches': difflib.get_close_matches(w, p, n=3, cutoff=0.8)} for w, p in match_inputs]

b64_inputs = ['eyJhIjogMX0=', 'eyJhIjogMX0', 'eyJhIjogMX0==', 'e y J h\nIjogMX0=', 'abc', 'a', 'ab==', 'ab=c', '', '!!!!', 'YQ', 'YQ=']
b64 = [dict(input=s, **outcome(lambda t: base64.b64decode(t).hex(), s)) for s in b64_inputs]

json_string_inputs = ['plain', 'quo"te', 'back\\slash', 'ctl\x00\x1f\x7f', 'caf\xe9', '\U0001f600', '\u2028', '\b\f\n\r\t']
json_strings = [{'input': s, 'json': json.dumps(s)} for s in json_string_inputs]

fixtures = {
    'python': sys.version.split()[0],
    'floats': floats, 'rounds': rounds, 'ints': ints, 'space': space, 'strips': strips, 'strings': strings,
    'bytes': byte_reprs, 'values': values, 'sorted': sorts, 'ratios': ratios, 'closeMatches': matches,
    'base64': b64, 'jsonStrings': json_strings,
}
with open(out, 'w') as f:
    json.dump(fixtures, f, indent=1)
    f.write('\n')
print('recorded', sum(len(v) for v in fixtures.values() if isinstance(v, list)), 'cases with Python', fixtures['python'])
