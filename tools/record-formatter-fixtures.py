# Records what the AWS CLI v1's own formatters (awscli.formatter, installed with `aws`) print for
# each case in test/fixtures/output/formatter-cases.json, in json, text and table. (yaml and
# yaml-stream, which v1 lacks, are recorded from the AWS CLI v2 by record-yaml-fixtures.py.)
# Run: python3 tools/record-formatter-fixtures.py
import io
import json
from argparse import Namespace

import jmespath

from awscli.formatter import JSONFormatter, TableFormatter, TextFormatter
from lib.recorded_pages import response_of

CASES = 'test/fixtures/output/formatter-cases.json'
EXPECTED = 'test/fixtures/output/formatter-expected.json'


def run(formatter, case):
    stream = io.StringIO()
    try:
        formatter('ListUsers', response_of(case), stream)
    except ValueError as error:
        # awscli's table refuses rows of unequal length (exit 255 with this message).
        return {'error': str(error)}
    return stream.getvalue()


expected = {}
for case in json.load(open(CASES)):
    query = jmespath.compile(case['query']) if 'query' in case else None
    args = Namespace(query=query, color='off')
    table = TableFormatter(args)
    table.table._terminal_width = case.get('width', 80)
    expected[case['name']] = {
        'json': run(JSONFormatter(args), case),
        'text': run(TextFormatter(args), case),
        'table': run(table, case),
    }

with open(EXPECTED, 'w') as out:
    json.dump(expected, out, indent=1, ensure_ascii=False)
    out.write('\n')
print(f'wrote {EXPECTED}')
