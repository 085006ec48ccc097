/** The work of `sign-in`: the exchange through the run's client, with prompts where a value is missing. */
import { MissingInputError, MfaSetupRequiredError, type InputRequest } from '../auth/errors.js';
import { signIn, type AuthOperation, type SignInAuthFlow } from '../auth/sign-in-flow.js';
import type { OutputObject } from '../output/value.js';
import { readLine } from '../terminal/prompt.js';
import type { AddedCommandContext, AddedOutput, ArgumentValues } from './added-command.js';

export async function signInCommand(values: ArgumentValues, context: AddedCommandContext): Promise<AddedOutput> {
  const text = (name: string) => values.get(name) as string | undefined;
  let lastOperation: AuthOperation = 'InitiateAuth';
  const call = async (operation: AuthOperation, input: Record<string, unknown>) => {
    lastOperation = operation;
    return (await context.call(operation, input)) as OutputObject;
  };
  const ask = async (question: string, request: InputRequest): Promise<string> => {
    if (context.ask) return context.ask(question, { secret: request.secret });
    if (request.option === '--password' && context.io.stdin) {
      const line = await readLine(context.io.stdin);
      if (line !== undefined) return line;
    }
    throw MissingInputError.for(request);
  };
  try {
    const response = await signIn(
      call,
      {
        userPoolId: text('user-pool-id')!,
        clientId: text('client-id')!,
        username: text('username')!,
        password: text('password'),
        clientSecret: text('client-secret'),
        authFlow: text('auth-flow') as SignInAuthFlow | undefined,
        preferredChallenge: text('preferred-challenge'),
        newPassword: text('new-password'),
        mfaCode: text('mfa-code'),
        clientMetadata: values.get('client-metadata') as Record<string, string> | undefined,
      },
      ask,
    );
    return { response: response as OutputObject, operation: lastOperation, shape: `${lastOperation}Response` };
  } catch (error) {
    if (!(error instanceof MfaSetupRequiredError)) throw error;
    // The session is what setup-totp continues with: print the challenge as the service sent it.
    context.io.stderr.write('The user must set up MFA first: pass this Session to cognito-idp setup-totp --session, then sign in again.\n');
    const challenge: OutputObject = { ChallengeName: 'MFA_SETUP', ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(error.mfasCanSetup) } };
    if (error.session) challenge.Session = error.session;
    return { response: challenge, operation: lastOperation, shape: `${lastOperation}Response` };
  }
}
