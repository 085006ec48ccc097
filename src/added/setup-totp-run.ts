/** The work of `setup-totp`: associate, show the URI (and QR on a terminal), verify, optionally prefer. */
import { MissingInputError } from '../auth/errors.js';
import { decodeToken } from '../auth/tokens.js';
import { otpauthUri, renderQr } from '../auth/totp.js';
import { UsageError } from '../errors.js';
import type { OutputObject } from '../output/value.js';
import type { AddedCommandContext, AddedOutput, ArgumentValues } from './added-command.js';

const DEFAULT_ISSUER = 'Amazon Cognito';

export async function setupTotp(values: ArgumentValues, context: AddedCommandContext): Promise<AddedOutput> {
  const accessToken = values.get('access-token') as string | undefined;
  const session = values.get('session') as string | undefined;
  if ((accessToken === undefined) === (session === undefined)) {
    throw new UsageError('setup-totp takes one of --access-token and --session');
  }
  if (values.get('set-preferred') && !accessToken) throw new UsageError('--set-preferred needs --access-token');
  let code = values.get('code') as string | undefined;
  let verifySession = session;
  // With --code, the authenticator already holds the secret of an earlier setup-totp: a new
  // AssociateSoftwareToken would replace that secret, so only the code is verified.
  if (code === undefined) {
    const associated = (await context.call('AssociateSoftwareToken', accessToken ? { AccessToken: accessToken } : { Session: session })) as OutputObject;
    const secret = String(associated.SecretCode);
    verifySession = (associated.Session as string | undefined) ?? session;
    const uri = otpauthUri({
      secret,
      issuer: (values.get('issuer') as string | undefined) ?? DEFAULT_ISSUER,
      account: (values.get('account') as string | undefined) ?? accountOf(accessToken),
    });
    if (!context.ask) {
      const response: OutputObject = { SecretCode: secret, OtpauthUri: uri };
      if (associated.Session) response.Session = associated.Session;
      return { response, operation: 'SetupTotp' };
    }
    context.io.stderr.write(`Add this to your authenticator app:\n${uri}\n`);
    if (context.io.stderr.isTTY) context.io.stderr.write(await renderQr(uri));
    code = (await context.ask('Code from the authenticator app: ', { secret: false })).trim();
    if (!code) throw MissingInputError.for({ option: '--code', secret: false, reason: 'verifying the authenticator needs a code' });
  }
  const verifyInput: Record<string, unknown> = accessToken ? { AccessToken: accessToken } : { Session: verifySession };
  verifyInput.UserCode = code;
  const friendlyName = values.get('friendly-device-name');
  if (friendlyName !== undefined) verifyInput.FriendlyDeviceName = friendlyName;
  const verified = await context.call('VerifySoftwareToken', verifyInput);
  if (values.get('set-preferred')) {
    await context.call('SetUserMFAPreference', { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
  }
  return { response: verified, operation: 'VerifySoftwareToken', shape: 'VerifySoftwareTokenResponse' };
}

/** The user name an access token carries, for the label the authenticator app shows. */
function accountOf(accessToken: string | undefined): string {
  if (!accessToken) return 'user';
  try {
    const { Payload } = decodeToken(accessToken);
    return String(Payload.username ?? Payload['cognito:username'] ?? 'user');
  } catch {
    return 'user';
  }
}
