/**
 * Loopback stand-ins for the services credentials come from: STS (AssumeRole and
 * AssumeRoleWithWebIdentity, query protocol), the SSO portal, a container credentials endpoint
 * and the EC2 instance metadata service (IMDSv2). Each answers with access key ids derived from
 * what it was sent, so a test can tell from the key id that signed a call which path produced it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../../harness/ports.js';

export const CONTAINER_TOKEN = 'container-token-1';
const IMDS_ROLE = 'instance-role';

export interface CredentialServers {
  endpoint: string;
  /** The paths and X-Amz-Target-less actions received, in order. */
  calls: string[];
  stop(): Promise<void>;
}

interface Keys {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
}

const later = () => new Date(Date.now() + 3600_000);

function keys(accessKeyId: string): Keys {
  return { AccessKeyId: accessKeyId, SecretAccessKey: `secret-of-${accessKeyId}`, SessionToken: `session-of-${accessKeyId}` };
}

/** The access key id that signed a request, from its Authorization header. */
export function signingKeyId(authorization: string | undefined): string | undefined {
  return /Credential=([^/]+)\//.exec(authorization ?? '')?.[1];
}

/** The region in a request's credential scope. */
export function signingRegion(authorization: string | undefined): string | undefined {
  return /Credential=[^/]+\/\d+\/([^/]+)\//.exec(authorization ?? '')?.[1];
}

const roleName = (arn: string) => arn.split('/').pop()!.toUpperCase().replace(/[^A-Z0-9]/g, '');

export async function startCredentialServers(): Promise<CredentialServers> {
  const calls: string[] = [];
  const imdsToken = 'imds-session-token';
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = request.url ?? '/';
    if (request.method === 'POST' && body.includes('Action=')) {
      const form = new URLSearchParams(body);
      calls.push(`sts:${form.get('Action')}`);
      return answerSts(form, request, response);
    }
    calls.push(`${request.method} ${path.split('?')[0]}`);
    if (path.startsWith('/federation/credentials')) {
      const query = new URL(path, 'http://x').searchParams;
      const bearer = String(request.headers['x-amz-sso_bearer_token'] ?? '');
      const id = `ASIASSO${query.get('role_name')?.toUpperCase()}${bearer.toUpperCase()}`;
      const k = keys(id);
      return json(response, 200, {
        roleCredentials: { accessKeyId: k.AccessKeyId, secretAccessKey: k.SecretAccessKey, sessionToken: k.SessionToken, expiration: later().getTime() },
      });
    }
    if (path === '/container-credentials') {
      if (request.headers.authorization !== CONTAINER_TOKEN) return json(response, 401, { message: 'no token' });
      return json(response, 200, { ...keys('ASIACONTAINER'), Token: `session-of-ASIACONTAINER`, Expiration: later().toISOString() });
    }
    if (path === '/latest/api/token' && request.method === 'PUT') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      return response.end(imdsToken);
    }
    if (path.startsWith('/latest/meta-data/iam/security-credentials')) {
      if (request.headers['x-aws-ec2-metadata-token'] !== imdsToken) return json(response, 401, {});
      if (path.replace(/\/$/, '').endsWith('security-credentials')) {
        response.writeHead(200, { 'content-type': 'text/plain' });
        return response.end(IMDS_ROLE);
      }
      const k = keys('ASIAIMDS');
      return json(response, 200, { Code: 'Success', Type: 'AWS-HMAC', ...k, Token: k.SessionToken, Expiration: later().toISOString(), LastUpdated: new Date().toISOString() });
    }
    json(response, 404, { message: `nothing at ${path}` });
  });
  const { endpoint, stop } = await listenOnLoopback(server);
  return {
    endpoint,
    calls,
    stop,
  };
}

function answerSts(form: URLSearchParams, request: IncomingMessage, response: ServerResponse): void {
  const action = form.get('Action');
  const role = roleName(form.get('RoleArn') ?? 'unknown');
  if (action === 'AssumeRole') {
    const source = signingKeyId(request.headers.authorization) ?? 'UNSIGNED';
    if (form.get('RoleArn')?.endsWith('/denied')) return stsError(response, 'AccessDenied', 'Not authorized to perform sts:AssumeRole');
    const mfa = form.get('TokenCode') ? `MFA${form.get('TokenCode')}` : '';
    return stsResult(response, action, keys(`ASIA${role}${mfa}FROM${source}`));
  }
  if (action === 'AssumeRoleWithWebIdentity') {
    const token = (form.get('WebIdentityToken') ?? '').trim();
    return stsResult(response, action, keys(`ASIAWEB${role}${token.length}`));
  }
  stsError(response, 'InvalidAction', `Unknown action ${action}`);
}

function stsResult(response: ServerResponse, action: string, k: Keys): void {
  const xml =
    `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result>` +
    `<Credentials><AccessKeyId>${k.AccessKeyId}</AccessKeyId><SecretAccessKey>${k.SecretAccessKey}</SecretAccessKey>` +
    `<SessionToken>${k.SessionToken}</SessionToken><Expiration>${later().toISOString()}</Expiration></Credentials>` +
    `<AssumedRoleUser><AssumedRoleId>AROA:x</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/x/y</Arn></AssumedRoleUser>` +
    `</${action}Result><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></${action}Response>`;
  response.writeHead(200, { 'content-type': 'text/xml' });
  response.end(xml);
}

function stsError(response: ServerResponse, code: string, message: string): void {
  response.writeHead(403, { 'content-type': 'text/xml' });
  response.end(
    `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code>` +
      `<Message>${message}</Message></Error><RequestId>1</RequestId></ErrorResponse>`,
  );
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
