# Records what the AWS CLI v1's own formatters (awscli.formatter, installed with `aws`) print for
# each case in test/fixtures/output/formatter-cases.json, in json, text and table. (yaml and
# yaml-stream, which v1 lacks, are recorded from the AWS CLI v2 by record-yaml-fixtures.py.)
# Run: python3 tools/record-formatter-fixtures.py
import copy
import io
import json
from argparse import Namespace

import jmespath
from botocore.paginate import PageIterator

from awscli.formatter import JSONFormatter, TableFormatter, TextFormatter

CASES = 'test/fixtures/output/formatter-cases.json'
EXPECTED = 'test/fixtures/output/formatter-expected.json'


class RecordedPages(PageIterator):
    """The pages of a case, with the PageIterator attributes the formatters read."""

    def __init__(self, paged):
        self._pages = paged['pages']
        self._result_keys = [jmespath.compile(key) for key in paged['resultKeys']]
        self._non_aggregate_part = copy.deepcopy(paged["nonAggregate"])
        self._resume_token = paged.get('resumeToken')

    @property
    def resume_token(self):
        return self._resume_token

    def __iter__(self):
        return iter(json.loads(json.dumps(self._pages)))

    def build_full_result(self):
        result = {}
        for page in self._pages:
            for key in self._result_keys:
                result.setdefault(key.expression, []).extend(page.get(key.expression) or [])
        result.update(self._non_aggregate_part)
        if self._resume_token is not None:
            result['NextToken'] = self._resume_token
        return result


def response_of(case):
    if 'paged' in case:
        return RecordedPages(case['paged'])
    return json.loads(json.dumps(case['response']))


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
