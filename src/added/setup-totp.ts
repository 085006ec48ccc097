/** `cognito-idp setup-totp`: registers an authenticator app for a user, from the secret to a verified code. */
import type { AddedCommand } from './added-command.js';
import { commandArgument, switchArgument } from './arguments.js';

export const command: AddedCommand = {
  name: 'setup-totp',
  summary: 'Sets up an authenticator app (TOTP MFA): secret, otpauth URI and QR code, then verifies a code.',
  description: [
    'Calls AssociateSoftwareToken with the access token of a signed-in user, or with the session of an MFA_SETUP ' +
      'challenge (from sign-in), and turns the secret into an otpauth:// URI an authenticator app reads; on a terminal ' +
      'it also draws the URI as a QR code.',
    'On a terminal it then asks for the code the app shows and sends it to VerifySoftwareToken; the output is its ' +
      'response. With --set-preferred (access token only), SetUserMFAPreference then makes TOTP the preferred factor.',
    'Without a terminal and without --code, it prints {"SecretCode", "OtpauthUri"} (and the new Session, when given ' +
      'one) and stops. Run it again with --code (and that Session) to verify the code the app shows: with --code, no ' +
      'new secret is associated, since that would replace the one the app holds.',
  ],
  arguments: [
    commandArgument('access-token', 'The access token of the signed-in user.'),
    commandArgument('session', 'The session of an MFA_SETUP challenge.'),
    commandArgument('issuer', 'The issuer the authenticator app shows; "Amazon Cognito" when not given.'),
    commandArgument('account', "The account name the app shows; the user name in the access token, else 'user'."),
    commandArgument('code', 'The code the authenticator app shows: verifies the secret of an earlier setup-totp.'),
    commandArgument('friendly-device-name', 'A name for the authenticator, stored with it.'),
    switchArgument('set-preferred', 'After verifying, make TOTP the preferred MFA factor (with --access-token).'),
  ],
  examples: [
    {
      title: 'To set up TOTP for a signed-in user on a terminal',
      command: 'cognito-idp setup-totp --access-token "$ACCESS_TOKEN" --issuer MyApp --set-preferred',
    },
    {
      title: 'To get the secret in a script, then verify a code and make TOTP preferred',
      command:
        'secret=$(cognito-idp setup-totp --access-token "$ACCESS_TOKEN" --query SecretCode --output text)\n' +
        'cognito-idp setup-totp --access-token "$ACCESS_TOKEN" --code "$(oathtool --totp -b "$secret")" --set-preferred',
    },
  ],
  async run(values, context) {
    const { setupTotp } = await import('./setup-totp-run.js');
    return setupTotp(values, context);
  },
};
