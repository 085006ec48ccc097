# Formats values with the AWS CLI v2's own YAML formatters (awscli.formatter of an installed v2,
# e.g. Debian's awscli package run with /usr/bin/python3), for the yaml differential test: one JSON
# value per stdin line, one JSON answer ({"yaml", "yaml-stream"}) per stdout line.
import io
import json
import sys
from argparse import Namespace

import awscli
from awscli.formatter import StreamedYAMLFormatter, YAMLFormatter

if not awscli.__version__.startswith('2.'):
    raise SystemExit('needs the AWS CLI v2, found %s' % awscli.__version__)

for line in sys.stdin:
    answer = {}
    for name, formatter in (('yaml', YAMLFormatter), ('yaml-stream', StreamedYAMLFormatter)):
        out = io.StringIO()
        formatter(Namespace(query=None))('ListUsers', json.loads(line), out)
        answer[name] = out.getvalue()
    sys.stdout.write(json.dumps(answer) + '\n')
