/** Errors of the sign-in, token and TOTP modules, typed so the CLI maps them to one line and an exit code. */
import { CliError, ExitCode, InputError } from '../errors.js';

/** What the sign-in needs from the user when an option was not given. */
export interface InputRequest {
  /** The option that would have supplied the value, e.g. `--mfa-code`. */
  option: string;
  /** Whether the value must not be echoed (passwords). */
  secret: boolean;
  /** Why it is needed, as a sentence fragment: "the SOFTWARE_TOKEN_MFA challenge asks for a code". */
  reason: string;
}

/** An input the sign-in needs was not given and there is no terminal to ask for it. */
export class MissingInputError extends InputError {
  constructor(readonly option: string, reason: string) {
    super(`${capitalise(reason)}, and there is no terminal to ask on: pass ${option}`);
  }

  static for(request: InputRequest): MissingInputError {
    return new MissingInputError(request.option, request.reason);
  }
}

/** The exchange cannot go on: a challenge this tool does not answer, or parameters it cannot use. */
export class SignInError extends CliError {
  readonly exitCode: number = ExitCode.other;
}

/** The user must register an authenticator first: the MFA_SETUP challenge. */
export class MfaSetupRequiredError extends SignInError {
  constructor(
    /** The session that setup-totp (associate-software-token --session) continues. */
    readonly session: string | undefined,
    /** The factors the pool lets the user set up, e.g. ["SOFTWARE_TOKEN_MFA"]. */
    readonly mfasCanSetup: string[],
  ) {
    super(
      'The user must set up MFA before signing in (MFA_SETUP challenge): run `cognito-idp setup-totp --session SESSION` ' +
        'with the session of this sign-in, then sign in again',
    );
  }
}

/** A token that is not a JWT at all: a bad parameter. */
export class MalformedTokenError extends InputError {}

/** A well-formed token that failed verification: signature, issuer, expiry or token_use. */
export class TokenVerificationError extends CliError {
  readonly exitCode: number = ExitCode.other;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
