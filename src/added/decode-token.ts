/** `cognito-idp decode-token`: a JWT's header and payload, optionally verified against the pool's keys. */
import { readLine } from '../terminal/prompt.js';
import { InputError } from '../errors.js';
import { parseRawJson } from '../output/value.js';
import type { AddedCommand } from './added-command.js';
import { commandArgument, switchArgument } from './arguments.js';

export const command: AddedCommand = {
  name: 'decode-token',
  summary: 'Prints the header and payload of a Cognito token; --verify checks it against the pool.',
  description: [
    'Decodes an ID or access token (a JWT) without verifying it and prints {"Header": ..., "Payload": ...}. ' +
      'A token of "-" is read from standard input.',
    "With --verify, the pool's signing keys are fetched from the token's issuer (<issuer>/.well-known/jwks.json; " +
      '--endpoint-url and the other endpoint settings replace its origin) and the signature, issuer, expiry and ' +
      'token_use are checked; any failure is one line and a non-zero exit.',
  ],
  arguments: [
    commandArgument('token', 'The token, or - to read it from standard input.', { required: true, positional: true }),
    switchArgument('verify', "Check the signature against the pool's keys, the issuer, the expiry and the token use."),
    commandArgument('token-use', 'With --verify: the kind of token it must be.', { choices: ['id', 'access'] }),
  ],
  examples: [
    { title: 'To see the claims of an ID token', command: 'cognito-idp decode-token "$ID_TOKEN" --query Payload' },
    { title: 'To verify an access token read from a file', command: 'cognito-idp decode-token - --verify --token-use access < access-token.txt' },
  ],
  async run(values, context) {
    const { decodeToken, verifyToken } = await import('../auth/tokens.js');
    let token = String(values.get('token'));
    if (token === '-') {
      const line = context.io.stdin ? await readLine(context.io.stdin) : undefined;
      if (!line?.trim()) throw new InputError('decode-token -: no token on standard input');
      token = line;
    }
    const decoded = values.get('verify')
      ? await verifyToken(token, {
          endpoint: context.settings.endpoint,
          tokenUse: values.get('token-use') as 'id' | 'access' | undefined,
        })
      : decodeToken(token);
    return { response: parseRawJson(JSON.stringify({ Header: decoded.Header, Payload: decoded.Payload })), operation: 'DecodeToken' };
  },
};
