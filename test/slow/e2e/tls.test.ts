import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runners } from '../../support/run-cli.js';

/** A self-signed certificate for 127.0.0.1, made for this run. */
function selfSignedCertificate(): { certPath: string; cert: Buffer; key: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'cognito-idp-tls-'));
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyPath, '-out', certPath,
  ], { stdio: 'ignore' });
  return { certPath, cert: readFileSync(certPath), key: readFileSync(keyPath) };
}

for (const [how, run] of runners) describe(`TLS verification (${how})`, () => {
  const { certPath, cert, key } = selfSignedCertificate();
  let server: Server;
  let endpoint: string;

  before(async () => {
    server = createServer({ cert, key }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end('{"UserPools": []}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const call = (...extra: string[]) => run(['list-user-pools', '--max-results', '1', '--endpoint-url', endpoint, ...extra]);

  test('an untrusted certificate is refused with exit 255', async () => {
    const result = await call();
    assert.equal(result.code, 255);
    assert.match(result.stderr, /^SSL validation failed for https:\/\/127\.0\.0\.1:\d+\/ /);
  });

  test('--no-verify-ssl accepts it', async () => {
    const result = await call('--no-verify-ssl');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '{\n    "UserPools": []\n}\n');
  });

  test('--ca-bundle trusts the given certificate', async () => {
    const result = await call('--ca-bundle', certPath);
    assert.equal(result.code, 0, result.stderr);
  });
});
