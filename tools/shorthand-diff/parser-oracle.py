"""Reads JSON strings (one per line) and prints how the AWS CLI's shorthand parser reads each:
{"value": ...} or {"error": [kind, expected, actual, index]}."""
import json
import sys

from awscli.shorthand import DuplicateKeyInObjectError, ShorthandParser, ShorthandParseSyntaxError

for line in sys.stdin:
    text = json.loads(line)
    try:
        result = {'value': ShorthandParser().parse(text)}
    except ShorthandParseSyntaxError as e:
        result = {'error': ['syntax', e.expected, e.actual, e.index]}
    except DuplicateKeyInObjectError as e:
        result = {'error': ['duplicate', e.key, None, e.index]}
    except Exception as e:  # the parser's own crashes count as refusals too
        result = {'error': ['crash', type(e).__name__, None, None]}
    sys.stdout.write(json.dumps(result) + '\n')
