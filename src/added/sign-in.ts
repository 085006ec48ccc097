/** `cognito-idp sign-in`: a whole sign-in (SRP or password, every challenge) in one command. */
import { AUTH_FLOWS, USER_AUTH_CHALLENGES } from '../auth/sign-in-flow.js';
import type { AddedCommand } from './added-command.js';
import { commandArgument } from './arguments.js';

export const command: AddedCommand = {
  name: 'sign-in',
  summary: 'Signs a user in (SRP by default), answering every challenge, and prints the tokens.',
  description: [
    'Runs the whole exchange the service asks for: InitiateAuth (AdminInitiateAuth for ADMIN_USER_PASSWORD_AUTH), ' +
      'then RespondToAuthChallenge for each challenge, until it returns tokens. USER_SRP_AUTH, the default, proves ' +
      'the password without sending it (SRP-6a as the service computes it).',
    'Challenges: NEW_PASSWORD_REQUIRED (--new-password), SOFTWARE_TOKEN_MFA, SMS_MFA and EMAIL_OTP (--mfa-code), ' +
      'SELECT_MFA_TYPE, and the USER_AUTH choices (PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP; --preferred-challenge). ' +
      'MFA_SETUP stops with the challenge printed: set up an authenticator with setup-totp --session.',
    'A value not given is asked for on a terminal (without echo for passwords). The password may also come as one ' +
      'line of standard input. Without a terminal, a missing value is an error naming the option to pass.',
    'With --client-secret, SECRET_HASH is sent at every step, computed with the user name the service expects then. ' +
      'The output is the last InitiateAuth or RespondToAuthChallenge response, as the AWS CLI prints it.',
  ],
  arguments: [
    commandArgument('user-pool-id', 'The user pool ID.', { required: true }),
    commandArgument('client-id', 'The app client ID.', { required: true }),
    commandArgument('username', 'The user name, or an alias the pool accepts (email, phone number, preferred user name).', {
      required: true,
    }),
    commandArgument('password', 'The password; else one line of standard input, or a prompt on a terminal.'),
    commandArgument('client-secret', 'The app client secret, for clients that have one.'),
    commandArgument('auth-flow', 'The flow to use; USER_SRP_AUTH when not given.', { choices: AUTH_FLOWS }),
    commandArgument('preferred-challenge', 'With USER_AUTH: the sign-in method to choose.', { choices: USER_AUTH_CHALLENGES }),
    commandArgument('new-password', 'The new password, when the service requires one (NEW_PASSWORD_REQUIRED).'),
    commandArgument('mfa-code', 'The code from the authenticator app, SMS or email, when the service asks for one.'),
    commandArgument('client-metadata', 'Key-value pairs for the pool\'s Lambda triggers (shorthand or JSON).', {
      shape: 'ClientMetadataType',
      valueName: 'map',
    }),
  ],
  examples: [
    {
      title: 'To sign in with SRP and keep the ID token',
      command:
        'token=$(cognito-idp sign-in --user-pool-id us-west-2_aaaaaaaaa --client-id 38fjsnc484p94kpqsnet7mpld0 --username diego --password "$PASSWORD" --query AuthenticationResult.IdToken --output text)',
    },
    {
      title: 'To sign in with a client secret, the password from standard input',
      command:
        'pass show cognito/diego | cognito-idp sign-in --user-pool-id us-west-2_aaaaaaaaa --client-id 38fjsnc484p94kpqsnet7mpld0 --client-secret file://secret.txt --username diego@example.com',
    },
    {
      title: 'To answer a TOTP challenge',
      command:
        'cognito-idp sign-in --user-pool-id us-west-2_aaaaaaaaa --client-id 38fjsnc484p94kpqsnet7mpld0 --username diego --mfa-code 123456',
    },
  ],
  async run(values, context) {
    const { signInCommand } = await import('./sign-in-run.js');
    return signInCommand(values, context);
  },
};
