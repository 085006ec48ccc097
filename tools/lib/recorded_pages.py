"""A formatter case's response as the AWS CLI's formatters are handed it: the response itself, or
for a paged case a PageIterator over its recorded pages. Import after whatever puts the wanted
botocore on the import path."""
import copy
import json

import jmespath
from botocore.paginate import PageIterator


class RecordedPages(PageIterator):
    """The pages of a case, with the PageIterator attributes the formatters read."""

    def __init__(self, paged):
        self._pages = paged['pages']
        self._result_keys = [jmespath.compile(key) for key in paged['resultKeys']]
        self._non_aggregate_part = copy.deepcopy(paged['nonAggregate'])
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
