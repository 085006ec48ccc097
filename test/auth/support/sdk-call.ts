/** The sign-in's `call` and `ask` as a caller would give them: the real SDK client, and scripted answers. */
import {
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { state as sdkWarningState } from '@aws-sdk/core/client';
import { MissingInputError, type InputRequest } from '../../../src/auth/errors.js';
import type { Ask, AuthOperation, AuthResponse, CallService } from '../../../src/auth/sign-in-flow.js';

/** An unsigned SDK client on a loopback endpoint. */
export function sdkClient(endpoint: string): CognitoIdentityProviderClient {
  sdkWarningState.warningEmitted = true;
  return new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint,
    httpAuthSchemeProvider: () => [{ schemeId: 'smithy.api#noAuth' }],
    maxAttempts: 1,
  });
}

const commands = {
  InitiateAuth: InitiateAuthCommand,
  RespondToAuthChallenge: RespondToAuthChallengeCommand,
  AdminInitiateAuth: AdminInitiateAuthCommand,
  AdminRespondToAuthChallenge: AdminRespondToAuthChallengeCommand,
} as const;

export interface RecordedCall {
  operation: AuthOperation;
  input: Record<string, any>;
}

/** `call` through the SDK; every input is recorded, and `rewrite` may change it first (to play a faulty client). */
export function sdkCall(
  client: CognitoIdentityProviderClient,
  recorded: RecordedCall[] = [],
  rewrite?: (operation: AuthOperation, input: Record<string, any>) => void,
): CallService {
  return async (operation, input) => {
    const copy = structuredClone(input);
    rewrite?.(operation, copy);
    recorded.push({ operation, input: copy });
    const Command = commands[operation] as new (input: object) => Parameters<typeof client.send>[0];
    return (await client.send(new Command(copy))) as unknown as AuthResponse;
  };
}

export interface Question {
  question: string;
  request: InputRequest;
}

/**
 * `ask` with answers by option: a string, or a function called at question time (to read a code
 * the service has just sent). An option with no answer behaves as a run without a terminal.
 */
export function scriptedAsk(answers: Record<string, string | (() => string)>, asked: Question[] = []): Ask {
  return async (question, request) => {
    asked.push({ question, request });
    const answer = answers[request.option];
    if (answer === undefined) throw MissingInputError.for(request);
    return typeof answer === 'function' ? answer() : answer;
  };
}

/** An `ask` for runs that must not ask anything. */
export const neverAsk: Ask = async (question) => {
  throw new Error(`unexpected question: ${question}`);
};
