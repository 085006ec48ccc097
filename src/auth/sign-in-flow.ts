/**
 * Runs a whole sign-in: the first InitiateAuth (or AdminInitiateAuth), then one answer per challenge
 * until the service returns tokens. Service calls go through `call`, so the caller owns the client,
 * retries and error mapping; questions go through `ask`, so the caller owns prompting. Errors from
 * `call` propagate unchanged.
 */
import { MfaSetupRequiredError, SignInError, type InputRequest } from './errors.js';
import { secretHash } from './secret-hash.js';
import { SrpClient, type SrpClientOptions } from './srp.js';

export type AuthOperation = 'InitiateAuth' | 'RespondToAuthChallenge' | 'AdminInitiateAuth' | 'AdminRespondToAuthChallenge';

/** The members of an InitiateAuth / RespondToAuthChallenge response the exchange reads. */
export interface AuthResponse {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AvailableChallenges?: string[];
  AuthenticationResult?: Record<string, unknown>;
  [member: string]: unknown;
}

export type CallService = (operation: AuthOperation, input: Record<string, unknown>) => Promise<AuthResponse>;

/**
 * Asks the user for a value that was not given as an option. On a terminal it prompts (without
 * echo when `secret`); without one it throws `MissingInputError.for(request)`.
 */
export type Ask = (question: string, request: InputRequest) => Promise<string>;

export const AUTH_FLOWS = ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'ADMIN_USER_PASSWORD_AUTH', 'USER_AUTH'] as const;
export type SignInAuthFlow = (typeof AUTH_FLOWS)[number];

/** The USER_AUTH sign-in methods this exchange can complete. */
export const USER_AUTH_CHALLENGES = ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'SMS_OTP'] as const;

export interface SignInOptions {
  userPoolId: string;
  clientId: string;
  username: string;
  password?: string;
  clientSecret?: string;
  /** USER_SRP_AUTH when not given. */
  authFlow?: SignInAuthFlow;
  /** For USER_AUTH: PASSWORD, PASSWORD_SRP, EMAIL_OTP or SMS_OTP. */
  preferredChallenge?: string;
  newPassword?: string;
  /** The code for SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP or SMS_OTP. */
  mfaCode?: string;
  clientMetadata?: Record<string, string>;
  /** Fixed SRP values for tests: the private value a and the clock. */
  srp?: SrpClientOptions;
}

/** More answers than any real exchange needs; a service that keeps asking is stopped here. */
const MAX_STEPS = 12;

/** MFA factors in the order SELECT_MFA_TYPE picks them: an authenticator app first, as it sends nothing. */
const MFA_PREFERENCE = ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP', 'SMS_MFA'];

export async function signIn(call: CallService, options: SignInOptions, ask: Ask): Promise<AuthResponse> {
  return new SignInExchange(call, options, ask).run();
}

class SignInExchange {
  private readonly flow: SignInAuthFlow;
  private readonly admin: boolean;
  /** The username the service expects now: as typed at first, USER_ID_FOR_SRP once the service names it. */
  private username: string;
  private srp: SrpClient | undefined;
  private password: string | undefined;
  private mfaCode: string | undefined;

  constructor(
    private readonly call: CallService,
    private readonly options: SignInOptions,
    private readonly ask: Ask,
  ) {
    this.flow = options.authFlow ?? 'USER_SRP_AUTH';
    if (!AUTH_FLOWS.includes(this.flow)) {
      throw new SignInError(`Unsupported auth flow for sign-in: ${this.flow} (choose from ${AUTH_FLOWS.join(', ')})`);
    }
    this.admin = this.flow === 'ADMIN_USER_PASSWORD_AUTH';
    this.username = options.username;
    this.password = options.password;
    this.mfaCode = options.mfaCode;
  }

  async run(): Promise<AuthResponse> {
    let response = await this.initiate();
    for (let step = 0; response.ChallengeName; step++) {
      if (step === MAX_STEPS) throw new SignInError(`The service asked for more than ${MAX_STEPS} challenges; stopped at ${response.ChallengeName}`);
      const parameters = response.ChallengeParameters ?? {};
      this.username = parameters.USER_ID_FOR_SRP || parameters.USERNAME || this.username;
      response = await this.respond(response.ChallengeName, await this.answer(response), response.Session);
    }
    return response;
  }

  private async initiate(): Promise<AuthResponse> {
    const parameters: Record<string, string> = { USERNAME: this.username };
    if (this.flow === 'USER_SRP_AUTH') {
      await this.passwordFor('the USER_SRP_AUTH flow');
      parameters.SRP_A = this.startSrp();
    } else if (this.flow === 'USER_PASSWORD_AUTH' || this.flow === 'ADMIN_USER_PASSWORD_AUTH') {
      parameters.PASSWORD = await this.passwordFor(`the ${this.flow} flow`);
    } else {
      const preferred = this.options.preferredChallenge;
      if (preferred) {
        parameters.PREFERRED_CHALLENGE = preferred;
        if (preferred === 'PASSWORD') parameters.PASSWORD = await this.passwordFor('the PASSWORD sign-in method');
        if (preferred === 'PASSWORD_SRP') {
          await this.passwordFor('the PASSWORD_SRP sign-in method');
          parameters.SRP_A = this.startSrp();
        }
      }
    }
    this.addSecretHash(parameters);
    const input: Record<string, unknown> = {
      ...(this.admin ? { UserPoolId: this.options.userPoolId } : {}),
      ClientId: this.options.clientId,
      AuthFlow: this.flow,
      AuthParameters: parameters,
      ...this.metadata(),
    };
    return this.call(this.admin ? 'AdminInitiateAuth' : 'InitiateAuth', input);
  }

  private respond(challengeName: string, responses: Record<string, string>, session: string | undefined): Promise<AuthResponse> {
    this.addSecretHash(responses);
    const input: Record<string, unknown> = {
      ...(this.admin ? { UserPoolId: this.options.userPoolId } : {}),
      ClientId: this.options.clientId,
      ChallengeName: challengeName,
      ChallengeResponses: responses,
      ...(session !== undefined ? { Session: session } : {}),
      ...this.metadata(),
    };
    return this.call(this.admin ? 'AdminRespondToAuthChallenge' : 'RespondToAuthChallenge', input);
  }

  /** The challenge responses for one challenge (without SECRET_HASH, which respond adds). */
  private async answer(response: AuthResponse): Promise<Record<string, string>> {
    const name = response.ChallengeName!;
    const parameters = response.ChallengeParameters ?? {};
    const username = this.username;
    switch (name) {
      case 'PASSWORD_VERIFIER': {
        if (!this.srp) throw new SignInError('The service sent PASSWORD_VERIFIER to a sign-in that did not start SRP');
        const password = await this.passwordFor('the SRP password verifier');
        return { ...this.srp.answerPasswordVerifier(parameters, password) };
      }
      case 'NEW_PASSWORD_REQUIRED': {
        const required = requiredAttributes(parameters);
        if (required.length) {
          throw new SignInError(
            `The NEW_PASSWORD_REQUIRED challenge also asks for ${required.join(', ')}: answer it with respond-to-auth-challenge`,
          );
        }
        const newPassword =
          this.options.newPassword ??
          (await this.ask('New password: ', {
            option: '--new-password',
            secret: true,
            reason: 'the user must choose a new password (NEW_PASSWORD_REQUIRED challenge)',
          }));
        return { USERNAME: username, NEW_PASSWORD: newPassword };
      }
      case 'SOFTWARE_TOKEN_MFA':
      case 'SMS_MFA':
      case 'EMAIL_OTP':
      case 'SMS_OTP':
        return { USERNAME: username, [`${name}_CODE`]: await this.codeFor(name, parameters) };
      case 'SELECT_MFA_TYPE': {
        const choices = jsonList(parameters.MFAS_CAN_CHOOSE);
        const choice = MFA_PREFERENCE.find((factor) => choices.includes(factor));
        if (!choice) throw new SignInError(`The SELECT_MFA_TYPE challenge offers no factor this tool answers: ${choices.join(', ') || 'none'}`);
        return { USERNAME: username, ANSWER: choice };
      }
      case 'SELECT_CHALLENGE':
        return this.selectChallenge(response);
      case 'MFA_SETUP':
        throw new MfaSetupRequiredError(response.Session, jsonList(parameters.MFAS_CAN_SETUP));
      default:
        throw new SignInError(`The ${name} challenge is not supported by sign-in: answer it with respond-to-auth-challenge`);
    }
  }

  /** USER_AUTH without (or without an available) preferred challenge: pick a method and start it. */
  private async selectChallenge(response: AuthResponse): Promise<Record<string, string>> {
    const available = response.AvailableChallenges ?? jsonList(response.ChallengeParameters?.AvailableChallenges);
    const preferred = this.options.preferredChallenge;
    let choice: string | undefined;
    if (preferred) {
      if (!available.includes(preferred)) {
        throw new SignInError(`The ${preferred} sign-in method is not available for this user; available: ${available.join(', ') || 'none'}`);
      }
      choice = preferred;
    } else {
      choice = USER_AUTH_CHALLENGES.find((method) => available.includes(method));
    }
    if (!choice || !(USER_AUTH_CHALLENGES as readonly string[]).includes(choice)) {
      throw new SignInError(`None of the available sign-in methods can be completed here: ${available.join(', ') || 'none'}`);
    }
    const answer: Record<string, string> = { USERNAME: this.username, ANSWER: choice };
    if (choice === 'PASSWORD') answer.PASSWORD = await this.passwordFor('the PASSWORD sign-in method');
    if (choice === 'PASSWORD_SRP') {
      await this.passwordFor('the PASSWORD_SRP sign-in method');
      answer.SRP_A = this.startSrp();
    }
    return answer;
  }

  private startSrp(): string {
    this.srp = new SrpClient(this.options.userPoolId, this.options.srp);
    return this.srp.srpA;
  }

  private async passwordFor(purpose: string): Promise<string> {
    this.password ??= await this.ask('Password: ', { option: '--password', secret: true, reason: `${purpose} needs the password` });
    return this.password;
  }

  /** The one-time code: --mfa-code once, then a question (a second code challenge needs a fresh code). */
  private async codeFor(challenge: string, parameters: Record<string, string>): Promise<string> {
    const given = this.mfaCode;
    this.mfaCode = undefined;
    if (given !== undefined) return given;
    const destination = parameters.CODE_DELIVERY_DESTINATION;
    const where = challenge === 'SOFTWARE_TOKEN_MFA' ? 'from the authenticator app' : destination ? `sent to ${destination}` : 'that was sent';
    return this.ask(`Code ${where}: `, { option: '--mfa-code', secret: false, reason: `the ${challenge} challenge asks for a code ${where}` });
  }

  private addSecretHash(parameters: Record<string, string>): void {
    const { clientSecret, clientId } = this.options;
    if (clientSecret !== undefined) parameters.SECRET_HASH = secretHash({ clientId, clientSecret, username: this.username });
  }

  private metadata(): Record<string, unknown> {
    return this.options.clientMetadata ? { ClientMetadata: this.options.clientMetadata } : {};
  }
}

/** requiredAttributes of NEW_PASSWORD_REQUIRED: a JSON list such as ["userAttributes.name"]. */
function requiredAttributes(parameters: Record<string, string>): string[] {
  return jsonList(parameters.requiredAttributes).map((name) => name.replace(/^userAttributes\./, ''));
}

function jsonList(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
