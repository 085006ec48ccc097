/**
 * `--client-secret` on the operations that carry a secret hash: SECRET_HASH (or SecretHash) is
 * computed for the user the request names and filled in, unless the request already has one.
 */
import { secretHash } from './secret-hash.js';

/** Where each operation carries the hash: a member of its own, or a key of a map member. */
const places: Record<string, { map?: 'AuthParameters' | 'ChallengeResponses' }> = {
  SignUp: {},
  ConfirmSignUp: {},
  ForgotPassword: {},
  ConfirmForgotPassword: {},
  ResendConfirmationCode: {},
  InitiateAuth: { map: 'AuthParameters' },
  AdminInitiateAuth: { map: 'AuthParameters' },
  RespondToAuthChallenge: { map: 'ChallengeResponses' },
  AdminRespondToAuthChallenge: { map: 'ChallengeResponses' },
};

export function carriesSecretHash(operation: string): boolean {
  return Object.hasOwn(places, operation);
}

export function fillSecretHash(operation: string, input: Record<string, unknown>, clientSecret: string): Record<string, unknown> {
  const place = places[operation];
  const clientId = input.ClientId;
  if (!place || typeof clientId !== 'string') return input;
  if (!place.map) {
    if (input.SecretHash !== undefined || typeof input.Username !== 'string') return input;
    return { ...input, SecretHash: secretHash({ clientId, clientSecret, username: input.Username }) };
  }
  const map = (input[place.map] ?? {}) as Record<string, string>;
  if (map.SECRET_HASH !== undefined || typeof map.USERNAME !== 'string') return input;
  return { ...input, [place.map]: { ...map, SECRET_HASH: secretHash({ clientId, clientSecret, username: map.USERNAME }) } };
}
