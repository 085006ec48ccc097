"""Runs command lines through the installed AWS CLI v1 against a loopback recording endpoint and
prints, per case, the exit code and the request bodies it sent.

stdin: one JSON object per line, {"id": N, "args": ["admin-create-user", ...]}
stdout: first a line {"model": {"operations": {"admin-create-user": ["UserPoolId", ...], ...},
"structures": {"AttributeType": ["Name", "Value"], ...}}}: the operations, input members and
structure members this AWS CLI knows; then one JSON object per case,
{"id": N, "code": C, "bodies": ["{...}"], "stderr": "..."}

One CLI driver runs every case in-process (starting `aws` once per case takes a second each)."""
import io
import json
import os
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

bodies = []


class Recorder(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get('content-length') or 0)
        bodies.append(self.rfile.read(length).decode('utf-8'))
        self.send_response(200)
        self.send_header('content-type', 'application/x-amz-json-1.1')
        self.send_header('content-length', '2')
        self.end_headers()
        self.wfile.write(b'{}')

    def log_message(self, *args):
        pass


def main():
    server = ThreadingHTTPServer(('127.0.0.1', 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = f'http://127.0.0.1:{server.server_address[1]}'

    # Values beginning with http(s):// are plain strings, as in AWS CLI v2.
    config = tempfile.NamedTemporaryFile('w', suffix='.ini', delete=False)
    config.write('[default]\ncli_follow_urlparam = false\n')
    config.close()
    os.environ.update(
        AWS_ACCESS_KEY_ID='testing',
        AWS_SECRET_ACCESS_KEY='testing',
        AWS_DEFAULT_REGION='us-east-1',
        AWS_CONFIG_FILE=config.name,
        AWS_SHARED_CREDENTIALS_FILE='/dev/null',
        AWS_EC2_METADATA_DISABLED='true',
        AWS_MAX_ATTEMPTS='1',
    )
    from awscli.clidriver import create_clidriver
    from botocore import xform_name

    driver = create_clidriver()
    service = driver.session.get_service_model('cognito-idp')
    operations = {
        xform_name(name, '-'): list(service.operation_model(name).input_shape.members)
        for name in service.operation_names
        if service.operation_model(name).input_shape is not None
    }
    structures = {
        name: list(service.shape_for(name).members)
        for name in service.shape_names
        if service.shape_for(name).type_name == 'structure'
    }
    model = {'operations': operations, 'structures': structures}
    sys.stdout.write(json.dumps({'model': model}) + '\n')
    sys.stdout.flush()
    real_stdout, real_stderr = sys.stdout, sys.stderr
    for line in sys.stdin:
        case = json.loads(line)
        bodies.clear()
        out, err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = out, err
        try:
            code = driver.main(['cognito-idp', *case['args'], '--endpoint-url', endpoint])
        except BaseException as error:  # argparse exits on usage errors
            code = getattr(error, 'code', 255)
        finally:
            sys.stdout, sys.stderr = real_stdout, real_stderr
        result = {'id': case['id'], 'code': code, 'bodies': list(bodies), 'stderr': err.getvalue()[-2000:]}
        real_stdout.write(json.dumps(result) + '\n')
        real_stdout.flush()
    os.unlink(config.name)


main()
