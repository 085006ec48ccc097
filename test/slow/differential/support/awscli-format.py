# Formats values with the AWS CLI v1's own json, text and table formatters, for the differential
# test: one JSON request per stdin line ({"value", "width"}), one JSON answer per stdout line.
import io
import json
import sys
from argparse import Namespace

from awscli.formatter import JSONFormatter, TableFormatter, TextFormatter

for line in sys.stdin:
    request = json.loads(line)
    args = Namespace(query=None, color='off')
    answer = {}
    out = io.StringIO()
    JSONFormatter(args)('ListUsers', json.loads(json.dumps(request['value'])), out)
    answer['json'] = out.getvalue()
    text = io.StringIO()
    TextFormatter(args)('ListUsers', json.loads(json.dumps(request['value'])), text)
    answer['text'] = text.getvalue()
    table = TableFormatter(args)
    table.table._terminal_width = request['width']
    stream = io.StringIO()
    try:
        table('ListUsers', json.loads(json.dumps(request['value'])), stream)
        answer['table'] = stream.getvalue()
    except ValueError as error:
        answer['tableError'] = str(error)
    sys.stdout.write(json.dumps(answer) + '\n')
