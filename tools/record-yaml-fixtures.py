# Records what the AWS CLI v2 itself prints as --output yaml and yaml-stream, for
# test/output/yaml-v2.test.ts:
#
# - test/fixtures/output/yaml-v2-formatter.json: v2's own YAMLFormatter and StreamedYAMLFormatter
#   (awscli.formatter of the installed v2) run on every case of formatter-cases.json and on the
#   cases built below: long ASCII, non-ASCII and astral strings at every nesting depth, multi-line
#   strings, strings YAML would read as something else, long and multi-line keys, numbers, empty
#   collections, pages.
# - test/fixtures/output/yaml-v2-cli.json: the v2 program run as users run it (`aws cognito-idp ...
#   --output yaml|yaml-stream`) against a loopback endpoint answering canned responses, with
#   cli_timestamp_format iso8601 and wire, TZ=UTC.
#
# Needs the AWS CLI v2 (Debian: apt-get install awscli, which puts it in /usr/bin/aws and its
# Python package under /usr/lib/python3/dist-packages). Run it with the Python v2 runs on:
#   /usr/bin/python3 tools/record-yaml-fixtures.py [path-to-aws-v2]
import http.server
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
from argparse import Namespace

import awscli  # noqa: F401  (puts v2's own botocore on the import path)
import jmespath
import ruamel.yaml
from awscli.formatter import StreamedYAMLFormatter, YAMLFormatter
from lib.recorded_pages import response_of

AWS_V2 = sys.argv[1] if len(sys.argv) > 1 else '/usr/bin/aws'
FORMATTER_CASES = 'test/fixtures/output/formatter-cases.json'
FORMATTER_OUT = 'test/fixtures/output/yaml-v2-formatter.json'
CLI_OUT = 'test/fixtures/output/yaml-v2-cli.json'


# ---------------------------------------------------------------------------------------------
# Cases for the formatter

ASCII_WORDS = ('a an the of to in yaml user pool group emitter folding behaviour exercises '
               'identity provider description administrators read-only configuration x '
               'supercalifragilisticexpialidocious ok').split()
LATIN_WORDS = 'Ünïcödé ação niño straße café señor Ærøskøbing déjà vu über'.split()
CJK_WORDS = '名前 管理者 グループ 説明 利用者 設定'.split()
ASTRAL_WORDS = 'rocket🚀 smile😀 𝒳 plain word'.split()


def sentence(length, words, seed):
    """A deterministic run of words, cut to `length` characters (no trailing space)."""
    pick = random.Random(seed)
    out = []
    while len(' '.join(out)) < length:
        out.append(pick.choice(words))
    return ' '.join(out)[:length].rstrip() or 'x'


def strings_of(words, lengths, seed=1):
    return [sentence(n, words, seed + n) for n in lengths]


def nest(value, depth, kind):
    """`value` placed `depth` levels down, through maps or through lists of maps."""
    for level in range(depth):
        if kind == 'map':
            value = {'Level%d' % (depth - level): value}
        else:
            value = [{'Item%d' % (depth - level): value, 'Name': 'n'}]
    return value


def folding_cases():
    cases = []
    lengths = list(range(72, 98, 2)) + [120, 130, 200]
    for name, words in (('ascii', ASCII_WORDS), ('latin', LATIN_WORDS), ('cjk', CJK_WORDS),
                        ('astral', ASTRAL_WORDS)):
        values = strings_of(words, lengths, seed=len(name))
        for depth in range(0, 5):
            for kind in ('map', 'list'):
                if depth == 0 and kind == 'list':
                    continue
                leaf = {
                    'Values': values,
                    'ByKey': {'K%03d' % i: v for i, v in enumerate(values[::2])},
                    'Attributes': [{'Name': 'name', 'Value': v} for v in values[::5]],
                    'Nested': [[v] for v in values[::7]],
                }
                cases.append({'name': 'fold-%s-%s-depth-%d' % (name, kind, depth),
                              'response': nest(leaf, depth, kind)})
    # Runs of spaces, and spaces at the fold: a line may only break at a single space.
    spaced = []
    for n in range(74, 90):
        spaced.append('w' * n + '  ' + 'next word here')
        spaced.append('w' * n + ' ' + ' ' * 3 + 'after spaces')
        spaced.append('w' * (n - 40) + ' x' * 30)
        spaced.append(' leading ' + 'word ' * 20)
        spaced.append('trailing ' + 'word ' * 20)
    cases.append({'name': 'fold-spaces', 'response': {'Values': spaced,
                                                      'Deep': nest({'Values': spaced}, 3, 'map')}})
    return cases


MULTILINE = [
    'first line\nsecond line',
    'first line\n\nsecond line after a blank',
    'ends with a break\n',
    'ends with two breaks\n\n',
    '\nstarts with a break',
    '\n',
    '\n\n',
    'a\nb\nc\nd',
    'line with trailing space \nnext',
    'line\n indented next',
    'line\n\tafter a tab',
    'windows\r\nbreak',
    'carriage\rreturn',
    'next line\u0085character',
    'line\u2028separator',
    'paragraph\u2029separator',
    "it's\nquoted 'inside'",
    'Description of the group\nwith a second line that is long enough to pass the eighty column '
    'mark and fold somewhere along the way, then carry on\nand a third',
    ('A 130 character description that goes on and on so that it reaches the fold of the emitter '
     'at some point\nthen breaks'),
    'multi\nline with ünïcödé characters that go past the eighty column mark to fold somewhere '
    'inside\nthe end',
    'multi\nline with an emoji 😀 that must be escaped',
    'x' * 100 + '\n' + 'y' * 100,
    ('word ' * 30).strip() + '\n' + ('word ' * 30).strip(),
]

SPECIAL = [
    # numbers, booleans and nulls as strings
    '0', '123', '-1', '+1', '1.5', '-1.5', '.5', '5.', '1e5', '1E5', '1e+5', '1.0e-5', '1_000',
    '0x1F', '0X1F', '0o17', '017', '0777', '0b101', '08', '09', '1:20', '190:20:30', '1_0.5',
    '.inf', '-.inf', '.Inf', '.NaN', '.nan', 'inf', 'nan', 'NaN', 'Infinity',
    'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'tRUE',
    'yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'y', 'Y', 'n', 'N',
    'null', 'Null', 'NULL', 'nULL', '~', '', ' ', '  ',
    # dates and times
    '2019-01-21', '2019-1-21', '2019-01-21T19:38:15.428000+00:00', '2019-01-21 19:38:15',
    '2019-01-21T19:38:15Z', '2019-01-21t19:38:15', '19:38:15', '2019-01-21x',
    # indicators
    '=', '<<', '<', '-', '--', '---', '--- x', '...', '.. .', '?', '? x', '?x', ':', ': x', ':x', 'a:',
    'a: b', 'a:b', 'a :b', 'http://example.com/a?b=c#d', '#hash', 'a #b', 'a#b', 'a# b', '- x', '-x',
    '-1x', ',', 'a,b', '[x]', 'x]', '{x}', 'x}', '&anchor', '*alias', '!tag', '|', '>', "'q'", '"q"',
    "it's", 'say "hi"', '%pct', '@at', '`tick', 'a|b', 'a>b', 'a!b', 'a&b', 'a*b', 'a%b', 'a@b',
    # whitespace and controls
    ' leading', 'trailing ', ' both ', 'tab\there', '\tleading tab', 'trailing tab\t', 'bell\x07',
    'nul\x00', 'escape\x1b', 'del\x7f', 'c1\x80', 'nbsp\u00a0here', '\u00a0', 'bom\ufeff',
    '\ufeffbom', 'noncharacter\ufffe', 'last\uffff', 'private\ue000', 'back\\slash',
    # non-ASCII and astral
    'ünïcödé', 'Ærøskøbing', '名前', 'emoji 😀', '😀', '𝒳', 'mixed ascii 名前 and 😀',
    # plain text that stays plain
    'plain text', 'us-east-1_AbCdEf', 'user@example.com', '+15555551212', 'arn:aws:iam::1:role/x',
    'a-b_c.d/e', 'x' * 200,
]

KEYS = [
    'yes', 'no', '123', '1.5', '', ' ', 'a: b', '- x', '#k', 'null', '~', 'k' * 128, 'k' * 129,
    'k' * 200, 'é' * 64, 'é' * 65, 'key with ' + 'words ' * 30, 'multi\nline key', 'tab\tkey',
    'emoji 😀 key', "it's", 'a' * 126 + ': b',
]


def special_cases():
    cases = [
        {'name': 'special-strings-in-list', 'response': {'Values': SPECIAL}},
        {'name': 'special-strings-as-values',
         'response': {'Map': {'V%03d' % i: v for i, v in enumerate(SPECIAL)}}},
        {'name': 'special-strings-deep',
         'response': nest({'Values': SPECIAL}, 3, 'list')},
        {'name': 'multi-line-strings', 'response': {'Values': MULTILINE,
                                                    'Map': {'V%02d' % i: v for i, v in enumerate(MULTILINE)}}},
        {'name': 'multi-line-strings-deep', 'response': nest({'Values': MULTILINE}, 4, 'map')},
        {'name': 'multi-line-group-description',
         'response': {'Groups': [{'GroupName': 'g%d' % i, 'Description': v, 'Precedence': i}
                                 for i, v in enumerate(MULTILINE)]}},
        {'name': 'keys-that-need-care', 'response': {k: 'value' for k in KEYS}},
        {'name': 'keys-with-collection-values',
         'response': {k: {'A': [1, {'B': 'c'}], 'E': [], 'F': {}} for k in KEYS[10:14]}},
        {'name': 'keys-with-list-values', 'response': {k: ['x', 'y'] for k in KEYS[10:18]}},
        {'name': 'keys-deep', 'response': nest({k: 'v' for k in KEYS}, 2, 'list')},
        {'name': 'keys-with-long-values',
         'response': {k: sentence(150, ASCII_WORDS, 3) for k in KEYS}},
        {'name': 'numbers', 'response': {
            'Ints': [0, 1, -1, 123456789012345678901234567890, 2 ** 63],
            'Floats': [0.0, 1.0, -0.0, 1.5, 0.1, 1e16, 1e-7, 1.5e300, 123456789.123, 1548099495.428],
            'Bools': [True, False], 'Nulls': [None], 'Null': None}},
        {'name': 'empty-collections', 'response': {
            'EmptyList': [], 'EmptyMap': {}, 'ListOfEmpty': [[], {}, [[]], [{}]],
            'Deep': nest({'L': [], 'M': {}}, 3, 'list'), 'MapOfEmpty': {'A': {}, 'B': []}}},
        {'name': 'empty-top-list', 'query': 'Values', 'response': {'Values': []}},
        {'name': 'empty-top-map', 'response': {}},
        {'name': 'list-of-lists-deep', 'response': {'L': [[[['deep', 'er']], 'x'], [[]]]}},
        {'name': 'query-string-with-break', 'query': 'Value', 'response': {'Value': 'a\nb'}},
        {'name': 'query-list-of-specials', 'query': 'Values[:12]', 'response': {'Values': SPECIAL}},
        {'name': 'paged-long-descriptions', 'paged': {
            'resultKeys': ['Groups'],
            'pages': [{'Groups': [{'GroupName': 'g%d' % i, 'Description': v}
                                  for i, v in enumerate(MULTILINE[j:j + 3])], 'NextToken': 't%d' % j}
                      for j in range(0, 9, 3)],
            'nonAggregate': {}}},
    ]
    return cases


# ---------------------------------------------------------------------------------------------
# v2's formatters, run on the cases

def run(formatter_class, case):
    query = jmespath.compile(case['query']) if 'query' in case else None
    stream = io.StringIO()
    formatter_class(Namespace(query=query))('ListUsers', response_of(case), stream)
    return stream.getvalue()


def record_formatter():
    cases = json.load(open(FORMATTER_CASES)) + folding_cases() + special_cases()
    for case in cases:
        case['yaml'] = run(YAMLFormatter, case)
        case['yaml-stream'] = run(StreamedYAMLFormatter, case)
    return cases


# ---------------------------------------------------------------------------------------------
# The v2 program against a loopback endpoint

NAME_120 = sentence(120, ASCII_WORDS, 11)
NAME_120_UNICODE = sentence(120, LATIN_WORDS + CJK_WORDS, 5)
DESCRIPTION_130 = sentence(130, ASCII_WORDS, 17)
DESCRIPTION_MULTI = 'Administrators of the pool.\nThey may create, change and delete users; ' + sentence(90, ASCII_WORDS, 2)


def user(name, extra=()):
    return {'Username': 'user-1', 'UserCreateDate': 1548099495.428, 'UserLastModifiedDate': 1700000000,
            'Enabled': True, 'UserStatus': 'CONFIRMED',
            'UserAttributes': [{'Name': 'sub', 'Value': '0d2c1a61-0e7b-4a3c-9f5e-4f0ad1c2b3e4'},
                               {'Name': 'name', 'Value': name},
                               {'Name': 'email', 'Value': 'user@example.com'}, *extra]}


def group(name, description, precedence):
    return {'GroupName': name, 'UserPoolId': 'us-east-1_Example', 'Description': description,
            'Precedence': precedence, 'LastModifiedDate': 1700000000.5, 'CreationDate': 1548099495.428}


USER_POOL = {'UserPool': {
    'Id': 'us-east-1_Example', 'Name': 'Example pool', 'Status': 'Enabled',
    'LastModifiedDate': 1700000000.123, 'CreationDate': 1548099495,
    'Policies': {'PasswordPolicy': {'MinimumLength': 8, 'RequireUppercase': True, 'RequireLowercase': True,
                                    'RequireNumbers': True, 'RequireSymbols': False,
                                    'TemporaryPasswordValidityDays': 7}},
    'LambdaConfig': {}, 'AutoVerifiedAttributes': ['email'], 'UsernameAttributes': [],
    'SchemaAttributes': [{'Name': 'sub', 'AttributeDataType': 'String', 'DeveloperOnlyAttribute': False,
                          'Mutable': False, 'Required': True,
                          'StringAttributeConstraints': {'MinLength': '1', 'MaxLength': '2048'}},
                         {'Name': 'email_verified', 'AttributeDataType': 'Boolean',
                          'DeveloperOnlyAttribute': False, 'Mutable': True, 'Required': False},
                         {'Name': 'updated_at', 'AttributeDataType': 'Number', 'DeveloperOnlyAttribute': False,
                          'Mutable': True, 'Required': False,
                          'NumberAttributeConstraints': {'MinValue': '0'}}],
    'VerificationMessageTemplate': {'DefaultEmailOption': 'CONFIRM_WITH_CODE',
                                    'EmailMessage': 'Your code is {####}\nThanks,\nthe team'},
    'MfaConfiguration': 'OFF', 'EstimatedNumberOfUsers': 2,
    'EmailConfiguration': {'EmailSendingAccount': 'COGNITO_DEFAULT'},
    'AdminCreateUserConfig': {'AllowAdminCreateUserOnly': False, 'UnusedAccountValidityDays': 7},
    'Arn': 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Example'}}

CLI_CASES = [
    {'name': 'admin-get-user-120-ascii', 'args': ['admin-get-user', '--user-pool-id', 'us-east-1_Example',
                                                  '--username', 'user-1'],
     'pages': [user(NAME_120)]},
    {'name': 'admin-get-user-120-unicode', 'args': ['admin-get-user', '--user-pool-id', 'us-east-1_Example',
                                                    '--username', 'user-1'],
     'pages': [user(NAME_120_UNICODE, [{'Name': 'locale', 'Value': 'rocket 🚀 ' + NAME_120_UNICODE}])]},
    {'name': 'list-groups-descriptions', 'args': ['list-groups', '--user-pool-id', 'us-east-1_Example'],
     'pages': [{'Groups': [group('admins', DESCRIPTION_MULTI, 1), group('long', DESCRIPTION_130, 2)],
                'NextToken': 'page-2'},
               {'Groups': [group('readers', 'Read only', 5), group('quoted', "it's: yes", 7),
                           group('numeric', '123', 9)]}]},
    {'name': 'describe-user-pool', 'args': ['describe-user-pool', '--user-pool-id', 'us-east-1_Example'],
     'pages': [USER_POOL]},
    {'name': 'list-users-query', 'args': ['list-users', '--user-pool-id', 'us-east-1_Example',
                                          '--query', 'Users[].[Username, UserCreateDate, Enabled]'],
     'pages': [{'Users': [user(NAME_120)], 'PaginationToken': 'p2'},
               {'Users': [user('second user')]}]},
    {'name': 'list-users-query-date', 'args': ['list-users', '--user-pool-id', 'us-east-1_Example',
                                               '--query', 'Users[0].UserCreateDate'],
     'pages': [{'Users': [user('only')]}]},
    {'name': 'admin-add-user-to-group-empty', 'args': ['admin-add-user-to-group', '--user-pool-id',
                                                       'us-east-1_Example', '--username', 'u',
                                                       '--group-name', 'g'],
     'pages': [{}]},
]

TOKEN_KEYS = ('NextToken', 'PaginationToken')


def serve(case):
    """A loopback endpoint answering the case's pages, chosen by the token in each request."""
    pages = case['pages']

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers['content-length'] or 0)) or b'{}')
            index = 0
            for key in TOKEN_KEYS:
                if key in body:
                    index = next(i + 1 for i, page in enumerate(pages) if page.get(key) == body[key])
            payload = json.dumps(pages[index]).encode()
            self.send_response(200)
            self.send_header('content-type', 'application/x-amz-json-1.1')
            self.send_header('content-length', str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def record_cli():
    recorded = []
    with tempfile.TemporaryDirectory() as home:
        for timestamp_format in ('iso8601', 'wire'):
            config = os.path.join(home, 'config-' + timestamp_format)
            with open(config, 'w') as out:
                out.write('[default]\nregion = us-east-1\ncli_timestamp_format = %s\n' % timestamp_format)
            env = {'PATH': os.environ['PATH'], 'HOME': home, 'TZ': 'UTC', 'LANG': 'C.UTF-8',
                   'AWS_CONFIG_FILE': config, 'AWS_SHARED_CREDENTIALS_FILE': '/dev/null',
                   'AWS_ACCESS_KEY_ID': 'testing', 'AWS_SECRET_ACCESS_KEY': 'testing',
                   'AWS_EC2_METADATA_DISABLED': 'true', 'AWS_PAGER': ''}
            for case in CLI_CASES:
                server = serve(case)
                try:
                    for output in ('yaml', 'yaml-stream'):
                        endpoint = 'http://127.0.0.1:%d' % server.server_address[1]
                        result = subprocess.run(
                            [AWS_V2, 'cognito-idp', *case['args'], '--endpoint-url', endpoint,
                             '--output', output], env=env, capture_output=True, text=True, check=False)
                        if result.returncode != 0:
                            raise SystemExit('%s failed: %s' % (case['name'], result.stderr))
                        recorded.append({'name': case['name'], 'timestampFormat': timestamp_format,
                                         'output': output, 'args': case['args'],
                                         'pages': case['pages'], 'stdout': result.stdout})
                finally:
                    server.shutdown()
    return recorded


def version():
    result = subprocess.run([AWS_V2, '--version'], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def write(path, content):
    with open(path, 'w') as out:
        json.dump(content, out, indent=1, ensure_ascii=False)
        out.write('\n')
    print('wrote %s' % path)


recorded_with = '%s (ruamel.yaml %s)' % (version(), ruamel.yaml.__version__)
write(FORMATTER_OUT, {'recordedWith': recorded_with, 'cases': record_formatter()})
write(CLI_OUT, {'recordedWith': recorded_with, 'cases': record_cli()})
