/** `cognito-idp secret-hash`: the SECRET_HASH an app client with a secret needs, for one user. */
import { secretHash } from '../auth/secret-hash.js';
import type { AddedCommand } from './added-command.js';
import { commandArgument } from './arguments.js';

export const command: AddedCommand = {
  name: 'secret-hash',
  summary: 'Computes the SECRET_HASH for an app client with a secret and a user name.',
  description: [
    'Prints Base64(HMAC-SHA256(client secret, user name + client id)), the SECRET_HASH (or SecretHash) that ' +
      'every call an app client with a secret makes for a user must carry. Nothing is sent to the service.',
    'The user name is the one the call names: the alias or email typed to sign in, or, after the password ' +
      'verifier step of a sign-in, the USER_ID_FOR_SRP the service returned.',
  ],
  arguments: [
    commandArgument('client-id', 'The app client ID.', { required: true }),
    commandArgument('client-secret', 'The app client secret (file:// reads it from a file).', { required: true }),
    commandArgument('username', 'The user name, alias or email the call names.', { required: true }),
  ],
  examples: [
    {
      title: 'To compute the secret hash for a user',
      command: 'cognito-idp secret-hash --client-id 38fjsnc484p94kpqsnet7mpld0 --client-secret file://client-secret.txt --username diego',
    },
    {
      title: 'To use it in a script',
      command: 'hash=$(cognito-idp secret-hash --client-id "$CLIENT" --client-secret "$SECRET" --username diego --query SecretHash --output text)',
    },
  ],
  async run(values) {
    const hash = secretHash({
      clientId: String(values.get('client-id')),
      clientSecret: String(values.get('client-secret')),
      username: String(values.get('username')),
    });
    return { response: { SecretHash: hash }, operation: 'SecretHash' };
  },
};
