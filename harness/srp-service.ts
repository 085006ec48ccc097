/**
 * A loopback fake of the Cognito user pool sign-in service, written from the algorithm and
 * independent of src/auth but for the group constant: its own SRP-6a server side (verifier from salt and password, B, u, S,
 * HKDF, the claim signature and TIMESTAMP check), SECRET_HASH checked with the username each step
 * must carry, email aliases, the challenges (NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA, SMS_MFA,
 * EMAIL_OTP, SELECT_MFA_TYPE, MFA_SETUP, USER_AUTH's SELECT_CHALLENGE, EMAIL_OTP and SMS_OTP),
 * software-token set-up with a real TOTP check, and RS256 tokens with a JWKS at
 * /<poolId>/.well-known/jwks.json. It speaks the JSON protocol (X-Amz-Target), so the real SDK
 * client and amazon-cognito-identity-js both talk to it.
 */
import {
  createHash,
  createHmac,
  createSign,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './ports.js';
import { SRP_G, SRP_N } from '../src/auth/srp.js';

// RFC 5054's 3072-bit group is a published constant; the cross-check with amazon-cognito-identity-js covers it.
const N = SRP_N;
const G = SRP_G;

/** Bytes of a non-negative integer in the service's encoding (two's complement, minimal, sign byte when needed). */
function serviceBytes(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = Buffer.from(hex, 'hex');
  return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}
const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const toInt = (bytes: Buffer) => BigInt(`0x${bytes.toString('hex')}`);
function powMod(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}
const K = toInt(sha256(serviceBytes(N), serviceBytes(G)));

function passwordVerifier(poolName: string, username: string, password: string, salt: Buffer): bigint {
  const inner = createHash('sha256').update(`${poolName}${username}:${password}`).digest('hex');
  const x = toInt(sha256(serviceBytes(toInt(salt)), Buffer.from(inner, 'hex')));
  return powMod(G, x, N);
}

/** HKDF-SHA256 (RFC 5869) written out: extract with the salt, one expand block, first 16 bytes. */
function hkdf16(ikm: Buffer, salt: Buffer): Buffer {
  const prk = createHmac('sha256', salt).update(ikm).digest();
  return createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from('Caldera Derived Key'), Buffer.from([1])]))
    .digest()
    .subarray(0, 16);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Parses `EEE MMM d HH:mm:ss UTC yyyy` strictly (unpadded day, weekday consistent with the date). */
function parseServiceTimestamp(text: string): Date | undefined {
  const match = /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([1-9]|[12]\d|3[01]) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/.exec(text);
  if (!match) return undefined;
  const [, weekday, month, day, hh, mm, ss, year] = match;
  const monthIndex = MONTHS.indexOf(month!);
  if (monthIndex < 0) return undefined;
  const date = new Date(Date.UTC(Number(year), monthIndex, Number(day), Number(hh), Number(mm), Number(ss)));
  if (date.getUTCDate() !== Number(day) || WEEKDAYS[date.getUTCDay()] !== weekday) return undefined;
  return date;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}
function unbase32(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    value = (value << 5) | BASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
/** The RFC 6238 code of one 30-second step (HMAC-SHA1, 6 digits). */
function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', unbase32(secret)).update(counter).digest();
  const offset = mac[19]! & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

type Factor = 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA' | 'EMAIL_OTP';
type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'ADMIN_USER_PASSWORD_AUTH' | 'USER_AUTH';

interface User {
  username: string;
  sub: string;
  password: string;
  salt: Buffer;
  verifier: bigint;
  email?: string;
  phone?: string;
  status: 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD';
  totpSecret?: string;
  pendingTotpSecret?: string;
  /** Factors the user turned on, and the preferred one. */
  mfa: Set<Factor>;
  preferredMfa?: Factor;
}

interface Pool {
  id: string;
  region: string;
  name: string;
  mfa: 'OFF' | 'ON' | 'OPTIONAL';
  /** Whether users may sign in with their email address in place of the username. */
  emailAlias: boolean;
  users: Map<string, User>;
}

interface Client {
  clientId: string;
  poolId: string;
  secret?: string;
  flows: Set<AuthFlow>;
}

interface Session {
  poolId: string;
  clientId: string;
  username: string;
  admin: boolean;
  /** The challenge the next RespondToAuthChallenge must answer. */
  expects: string;
  srp?: { A: bigint; b: bigint; B: bigint };
  code?: string;
  choices?: string[];
}

export interface ServiceCall {
  operation: string;
  input: Record<string, any>;
}

export interface SentCode {
  username: string;
  medium: 'SMS' | 'EMAIL';
  code: string;
}

export interface NewUser {
  username: string;
  password: string;
  email?: string;
  phone?: string;
  forceChangePassword?: boolean;
  /** Salt bytes in hex, to exercise the padding rules; random when not given. */
  salt?: string;
  /** A verified authenticator secret (base32), switched on as a factor. */
  totpSecret?: string;
  sms?: boolean;
  emailOtp?: boolean;
  preferredMfa?: Factor;
}

export class ServiceFault extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

export interface SrpService {
  endpoint: string;
  calls: ServiceCall[];
  outbox: SentCode[];
  /** The service's clock (TIMESTAMP window, TOTP, token times); settable by tests. */
  clock: { now: () => Date };
  createPool(options?: { id?: string; mfa?: Pool['mfa']; emailAlias?: boolean }): string;
  createClient(poolId: string, options?: { secret?: boolean; flows?: AuthFlow[] }): { clientId: string; clientSecret?: string };
  addUser(poolId: string, user: NewUser): void;
  user(poolId: string, username: string): Readonly<User>;
  /** A token signed by the pool's key (or by an unknown key with `foreignKey`), with claims overridden. */
  mintToken(poolId: string, claims: Record<string, unknown>, options?: { foreignKey?: boolean; kid?: string }): string;
  stop(): Promise<void>;
}

export async function startSrpService(): Promise<SrpService> {
  const pools = new Map<string, Pool>();
  const clients = new Map<string, Client>();
  const sessions = new Map<string, Session>();
  /** PASSWORD_VERIFIER state, keyed by the secret block (the verifier step has no Session). */
  const verifiers = new Map<string, Session>();
  const accessTokens = new Map<string, { poolId: string; username: string }>();
  const calls: ServiceCall[] = [];
  const outbox: SentCode[] = [];
  const clock = { now: () => new Date() };
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = randomBytes(8).toString('hex');

  const fault = (type: string, message: string) => new ServiceFault(type, message);
  const poolOf = (id: string) => pools.get(id) ?? raise(fault('ResourceNotFoundException', `User pool ${id} does not exist.`));
  const clientOf = (id: unknown) => clients.get(String(id)) ?? raise(fault('ResourceNotFoundException', 'User pool client does not exist.'));
  const issuer = (pool: Pool) => `https://cognito-idp.${pool.region}.amazonaws.com/${pool.id}`;

  function findUser(pool: Pool, name: string): User | undefined {
    return pool.users.get(name) ?? (pool.emailAlias ? [...pool.users.values()].find((u) => u.email === name) : undefined);
  }

  function checkSecretHash(client: Client, username: string, given: unknown): void {
    if (!client.secret) return;
    if (given === undefined) throw fault('NotAuthorizedException', `Client ${client.clientId} is configured with secret but SECRET_HASH was not received`);
    const expected = createHmac('sha256', client.secret).update(username + client.clientId).digest('base64');
    if (given !== expected) throw fault('NotAuthorizedException', `Unable to verify secret hash for client ${client.clientId}`);
  }

  function newSession(state: Session): string {
    const id = randomBytes(24).toString('hex');
    sessions.set(id, state);
    return id;
  }

  function sign(payload: Record<string, unknown>, key: KeyObject = privateKey, keyId = kid): string {
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const input = `${part({ kid: keyId, alg: 'RS256' })}.${part(payload)}`;
    return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
  }

  function tokens(pool: Pool, client: Client, user: User) {
    const now = Math.floor(clock.now().getTime() / 1000);
    const common = { sub: user.sub, iss: issuer(pool), auth_time: now, iat: now, exp: now + 3600, jti: randomUUID() };
    const accessToken = sign({ ...common, client_id: client.clientId, token_use: 'access', scope: 'aws.cognito.signin.user.admin', username: user.username });
    accessTokens.set(accessToken, { poolId: pool.id, username: user.username });
    const idToken = sign({
      ...common,
      aud: client.clientId,
      token_use: 'id',
      'cognito:username': user.username,
      ...(user.email ? { email: user.email, email_verified: true } : {}),
    });
    return {
      ChallengeParameters: {},
      AuthenticationResult: { AccessToken: accessToken, ExpiresIn: 3600, TokenType: 'Bearer', RefreshToken: randomBytes(32).toString('hex'), IdToken: idToken },
    };
  }

  function challenge(name: string, state: Omit<Session, 'expects'>, parameters: Record<string, string>) {
    return { ChallengeName: name, Session: newSession({ ...state, expects: name }), ChallengeParameters: { USER_ID_FOR_SRP: state.username, ...parameters } };
  }

  function sendCode(state: Omit<Session, 'expects'>, user: User, medium: 'SMS' | 'EMAIL'): Record<string, string> {
    const code = String(Math.floor(100000 + Math.random() * 900000));
    state.code = code;
    outbox.push({ username: user.username, medium, code });
    const destination = medium === 'SMS' ? `+*******${user.phone?.slice(-4)}` : `${user.email?.[0]}***@${user.email?.split('@')[1]?.[0]}***`;
    return { CODE_DELIVERY_DELIVERY_MEDIUM: medium, CODE_DELIVERY_DESTINATION: destination };
  }

  function factorChallenge(factor: Factor, state: Omit<Session, 'expects'>, user: User) {
    if (factor === 'SOFTWARE_TOKEN_MFA') return challenge(factor, state, { FRIENDLY_DEVICE_NAME: 'authenticator' });
    return challenge(factor, state, sendCode(state, user, factor === 'SMS_MFA' ? 'SMS' : 'EMAIL'));
  }

  /** What follows a verified password: a new password, MFA, MFA set-up, or tokens. */
  function afterPassword(pool: Pool, client: Client, user: User, admin: boolean) {
    const state = { poolId: pool.id, clientId: client.clientId, username: user.username, admin };
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      const attributes = { ...(user.email ? { email: user.email } : {}) };
      return challenge('NEW_PASSWORD_REQUIRED', state, { requiredAttributes: '[]', userAttributes: JSON.stringify(attributes) });
    }
    return afterNewPassword(pool, client, user, admin);
  }

  function afterNewPassword(pool: Pool, client: Client, user: User, admin: boolean) {
    const state = { poolId: pool.id, clientId: client.clientId, username: user.username, admin };
    if (pool.mfa !== 'OFF' && user.mfa.size) {
      const enabled = [...user.mfa];
      const factor = user.preferredMfa && user.mfa.has(user.preferredMfa) ? user.preferredMfa : enabled.length === 1 ? enabled[0] : undefined;
      if (factor) return factorChallenge(factor, state, user);
      return challenge('SELECT_MFA_TYPE', { ...state, choices: enabled }, { MFAS_CAN_CHOOSE: JSON.stringify(enabled) });
    }
    if (pool.mfa === 'ON') return challenge('MFA_SETUP', state, { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' });
    return tokens(pool, client, user);
  }

  function checkPassword(user: User | undefined, password: unknown): User {
    if (!user) throw fault('UserNotFoundException', 'User does not exist.');
    if (typeof password !== 'string' || password !== user.password) throw fault('NotAuthorizedException', 'Incorrect username or password.');
    return user;
  }

  function startSrp(pool: Pool, client: Client, user: User, srpA: unknown, admin: boolean) {
    if (typeof srpA !== 'string' || !/^[0-9a-f]+$/i.test(srpA)) throw fault('InvalidParameterException', 'SRP_A is missing or not hex');
    const A = BigInt(`0x${srpA}`);
    if (A % N === 0n) throw fault('NotAuthorizedException', 'Invalid SRP_A');
    const b = toInt(randomBytes(32));
    const B = (K * user.verifier + powMod(G, b, N)) % N;
    const secretBlock = randomBytes(64).toString('base64');
    verifiers.set(secretBlock, { poolId: pool.id, clientId: client.clientId, username: user.username, admin, expects: 'PASSWORD_VERIFIER', srp: { A, b, B } });
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: {
        SALT: user.salt.toString('hex'),
        SRP_B: B.toString(16),
        SECRET_BLOCK: secretBlock,
        USERNAME: user.username,
        USER_ID_FOR_SRP: user.username,
      },
    };
  }

  function checkPasswordClaim(pool: Pool, user: User, state: Session, responses: Record<string, string>): void {
    const timestamp = parseServiceTimestamp(responses.TIMESTAMP ?? '');
    if (!timestamp) throw fault('InvalidParameterException', `TIMESTAMP is not in the format EEE MMM d HH:mm:ss z yyyy: ${responses.TIMESTAMP}`);
    if (Math.abs(timestamp.getTime() - clock.now().getTime()) > 5 * 60_000) throw fault('NotAuthorizedException', 'TIMESTAMP is too far from the current time');
    const { A, b, B } = state.srp!;
    const u = toInt(sha256(serviceBytes(A), serviceBytes(B)));
    const S = powMod(A * powMod(user.verifier, u, N), b, N);
    const key = hkdf16(serviceBytes(S), serviceBytes(u));
    const expected = createHmac('sha256', key)
      .update(Buffer.concat([
        Buffer.from(pool.name),
        Buffer.from(user.username),
        Buffer.from(responses.PASSWORD_CLAIM_SECRET_BLOCK!, 'base64'),
        Buffer.from(responses.TIMESTAMP!),
      ]))
      .digest('base64');
    if (responses.PASSWORD_CLAIM_SIGNATURE !== expected) throw fault('NotAuthorizedException', 'Incorrect username or password.');
  }

  function checkCode(state: Session, user: User, name: string, code: unknown): void {
    if (typeof code !== 'string') throw fault('InvalidParameterException', `Missing required parameter ${name}_CODE`);
    const ok = name === 'SOFTWARE_TOKEN_MFA' ? totpMatches(user.totpSecret!, code) : code === state.code;
    if (!ok) throw fault('CodeMismatchException', 'Invalid code or auth state for the user.');
  }

  function totpMatches(secret: string, code: string): boolean {
    const step = Math.floor(clock.now().getTime() / 30_000);
    return [step - 1, step, step + 1].some((s) => totpAt(secret, s) === code);
  }

  function initiateAuth(input: Record<string, any>, admin: boolean) {
    const client = clientOf(input.ClientId);
    const pool = poolOf(client.poolId);
    if (admin && input.UserPoolId !== pool.id) throw fault('ResourceNotFoundException', 'User pool client does not exist.');
    const flow = input.AuthFlow as AuthFlow;
    const adminFlow = flow === 'ADMIN_USER_PASSWORD_AUTH';
    if (admin !== adminFlow) throw fault('InvalidParameterException', `Initiate Auth method not supported.`);
    if (!client.flows.has(flow)) throw fault('InvalidParameterException', `${flow} flow not enabled for this client`);
    const parameters = (input.AuthParameters ?? {}) as Record<string, string>;
    const typed = parameters.USERNAME;
    if (!typed) throw fault('InvalidParameterException', 'Missing required parameter USERNAME');
    checkSecretHash(client, typed, parameters.SECRET_HASH);
    const user = findUser(pool, typed);
    switch (flow) {
      case 'USER_SRP_AUTH':
        if (!user) throw fault('UserNotFoundException', 'User does not exist.');
        return startSrp(pool, client, user, parameters.SRP_A, false);
      case 'USER_PASSWORD_AUTH':
      case 'ADMIN_USER_PASSWORD_AUTH':
        return afterPassword(pool, client, checkPassword(user, parameters.PASSWORD), admin);
      case 'USER_AUTH': {
        if (!user) throw fault('UserNotFoundException', 'User does not exist.');
        const available = ['PASSWORD', 'PASSWORD_SRP', ...(user.email ? ['EMAIL_OTP'] : []), ...(user.phone ? ['SMS_OTP'] : [])];
        const preferred = parameters.PREFERRED_CHALLENGE;
        if (preferred && available.includes(preferred)) return startUserAuthMethod(pool, client, user, preferred, parameters);
        const state = { poolId: pool.id, clientId: client.clientId, username: user.username, admin: false, choices: available };
        return { ChallengeName: 'SELECT_CHALLENGE', Session: newSession({ ...state, expects: 'SELECT_CHALLENGE' }), ChallengeParameters: {}, AvailableChallenges: available };
      }
      default:
        throw fault('InvalidParameterException', `Unsupported auth flow ${flow}`);
    }
  }

  function startUserAuthMethod(pool: Pool, client: Client, user: User, method: string, parameters: Record<string, string>) {
    const state = { poolId: pool.id, clientId: client.clientId, username: user.username, admin: false };
    if (method === 'PASSWORD') return afterPassword(pool, client, checkPassword(user, parameters.PASSWORD), false);
    if (method === 'PASSWORD_SRP') return startSrp(pool, client, user, parameters.SRP_A, false);
    return challenge(method, state, sendCode(state, user, method === 'SMS_OTP' ? 'SMS' : 'EMAIL'));
  }

  function respondToAuthChallenge(input: Record<string, any>, admin: boolean) {
    const client = clientOf(input.ClientId);
    const pool = poolOf(client.poolId);
    if (admin && input.UserPoolId !== pool.id) throw fault('ResourceNotFoundException', 'User pool client does not exist.');
    const name = String(input.ChallengeName);
    const responses = (input.ChallengeResponses ?? {}) as Record<string, string>;
    const state =
      name === 'PASSWORD_VERIFIER' ? verifiers.get(responses.PASSWORD_CLAIM_SECRET_BLOCK ?? '') : sessions.get(String(input.Session ?? ''));
    if (!state || state.clientId !== client.clientId || state.admin !== admin) throw fault('NotAuthorizedException', 'Invalid session for the user.');
    if (state.expects !== name) throw fault('InvalidParameterException', `Expected a response to ${state.expects}, not ${name}`);
    // The service names the user by username here, never by an alias.
    if (responses.USERNAME !== state.username) throw fault('NotAuthorizedException', 'Incorrect username or password.');
    checkSecretHash(client, responses.USERNAME, responses.SECRET_HASH);
    const user = pool.users.get(state.username)!;
    if (name === 'PASSWORD_VERIFIER') verifiers.delete(responses.PASSWORD_CLAIM_SECRET_BLOCK!);
    else sessions.delete(String(input.Session));
    switch (name) {
      case 'PASSWORD_VERIFIER':
        checkPasswordClaim(pool, user, state, responses);
        return afterPassword(pool, client, user, admin);
      case 'NEW_PASSWORD_REQUIRED': {
        const newPassword = responses.NEW_PASSWORD;
        if (!newPassword || newPassword.length < 8) throw fault('InvalidPasswordException', 'Password does not conform to policy: Password not long enough');
        setPassword(pool, user, newPassword);
        user.status = 'CONFIRMED';
        return afterNewPassword(pool, client, user, admin);
      }
      case 'SOFTWARE_TOKEN_MFA':
      case 'SMS_MFA':
      case 'EMAIL_OTP':
      case 'SMS_OTP':
        checkCode(state, user, name, responses[`${name}_CODE`]);
        return tokens(pool, client, user);
      case 'SELECT_MFA_TYPE': {
        const factor = responses.ANSWER as Factor;
        if (!state.choices?.includes(factor)) throw fault('InvalidParameterException', `Invalid ANSWER ${responses.ANSWER}`);
        return factorChallenge(factor, { poolId: pool.id, clientId: client.clientId, username: user.username, admin }, user);
      }
      case 'SELECT_CHALLENGE': {
        const method = responses.ANSWER ?? '';
        if (!state.choices?.includes(method)) throw fault('InvalidParameterException', `Invalid ANSWER ${method}`);
        return startUserAuthMethod(pool, client, user, method, responses);
      }
      case 'MFA_SETUP':
        if (!user.mfa.has('SOFTWARE_TOKEN_MFA')) throw fault('InvalidParameterException', 'The user has not verified a software token');
        return tokens(pool, client, user);
      default:
        throw fault('InvalidParameterException', `Unsupported challenge ${name}`);
    }
  }

  function setPassword(pool: Pool, user: User, password: string): void {
    user.password = password;
    user.verifier = passwordVerifier(pool.name, user.username, password, user.salt);
  }

  /** The user an AccessToken or a MFA_SETUP Session stands for. */
  function subject(input: Record<string, any>): { pool: Pool; user: User; session?: Session } {
    if (input.AccessToken !== undefined) {
      const owner = accessTokens.get(String(input.AccessToken));
      if (!owner) throw fault('NotAuthorizedException', 'Invalid Access Token');
      const pool = poolOf(owner.poolId);
      return { pool, user: pool.users.get(owner.username)! };
    }
    const session = sessions.get(String(input.Session ?? ''));
    if (!session || session.expects !== 'MFA_SETUP') throw fault('NotAuthorizedException', 'Invalid session for the user.');
    const pool = poolOf(session.poolId);
    return { pool, user: pool.users.get(session.username)!, session };
  }

  function renewSession(input: Record<string, any>, session: Session | undefined): { Session?: string } {
    if (!session) return {};
    sessions.delete(String(input.Session));
    return { Session: newSession(session) };
  }

  const operations: Record<string, (input: Record<string, any>) => unknown> = {
    InitiateAuth: (input) => initiateAuth(input, false),
    AdminInitiateAuth: (input) => initiateAuth(input, true),
    RespondToAuthChallenge: (input) => respondToAuthChallenge(input, false),
    AdminRespondToAuthChallenge: (input) => respondToAuthChallenge(input, true),
    AssociateSoftwareToken: (input) => {
      const { user, session } = subject(input);
      user.pendingTotpSecret = base32(randomBytes(20));
      return { SecretCode: user.pendingTotpSecret, ...renewSession(input, session) };
    },
    VerifySoftwareToken: (input) => {
      const { user, session } = subject(input);
      if (!user.pendingTotpSecret) throw fault('InvalidParameterException', 'Call AssociateSoftwareToken first');
      if (!/^\d{6}$/.test(String(input.UserCode)) || !totpMatches(user.pendingTotpSecret, String(input.UserCode))) {
        throw fault('EnableSoftwareTokenMFAException', 'Code mismatch');
      }
      user.totpSecret = user.pendingTotpSecret;
      user.pendingTotpSecret = undefined;
      user.mfa.add('SOFTWARE_TOKEN_MFA');
      return { Status: 'SUCCESS', ...renewSession(input, session) };
    },
    SetUserMFAPreference: (input) => {
      const { user } = subject({ AccessToken: input.AccessToken });
      const totp = input.SoftwareTokenMfaSettings as { Enabled?: boolean; PreferredMfa?: boolean } | undefined;
      if (totp) {
        if (totp.Enabled && !user.totpSecret) throw fault('InvalidParameterException', 'User has not verified software token mfa');
        if (totp.Enabled === false) user.mfa.delete('SOFTWARE_TOKEN_MFA');
        else if (totp.Enabled) user.mfa.add('SOFTWARE_TOKEN_MFA');
        if (totp.PreferredMfa) user.preferredMfa = 'SOFTWARE_TOKEN_MFA';
      }
      return {};
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const jwks = /^\/([\w-]+_\w+)\/\.well-known\/jwks\.json$/.exec(req.url ?? '');
    if (req.method === 'GET' && jwks && pools.has(jwks[1]!)) {
      const jwk = publicKey.export({ format: 'jwk' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [{ alg: 'RS256', e: jwk.e, kid, kty: 'RSA', n: jwk.n, use: 'sig' }] }));
      return;
    }
    const operation = String(req.headers['x-amz-target'] ?? '').replace(/^AWSCognitoIdentityProviderService\./, '');
    let status = 200;
    let body: unknown;
    try {
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
      calls.push({ operation, input });
      const run = operations[operation];
      if (!run) throw fault('UnknownOperationException', `The fake does not implement ${operation}`);
      body = run(input);
    } catch (error) {
      status = 400;
      body = error instanceof ServiceFault ? { __type: error.type, message: error.message } : { __type: 'InternalErrorException', message: String(error) };
    }
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
    res.end(JSON.stringify(body));
  }

  const server = createServer((req, res) => void handle(req, res));
  const { endpoint, stop } = await listenOnLoopback(server);

  return {
    endpoint,
    calls,
    outbox,
    clock,
    createPool(options = {}) {
      const id = options.id ?? `us-east-1_${randomBytes(6).toString('hex')}`;
      const [region, name] = id.split('_') as [string, string];
      pools.set(id, { id, region, name, mfa: options.mfa ?? 'OPTIONAL', emailAlias: options.emailAlias ?? false, users: new Map() });
      return id;
    },
    createClient(poolId, options = {}) {
      poolOf(poolId);
      const clientId = randomBytes(13).toString('hex').slice(0, 26);
      const clientSecret = options.secret ? randomBytes(26).toString('hex') : undefined;
      const flows = new Set<AuthFlow>(options.flows ?? ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'ADMIN_USER_PASSWORD_AUTH', 'USER_AUTH']);
      clients.set(clientId, { clientId, poolId, ...(clientSecret ? { secret: clientSecret } : {}), flows });
      return { clientId, ...(clientSecret ? { clientSecret } : {}) };
    },
    addUser(poolId, spec) {
      const pool = poolOf(poolId);
      const salt = spec.salt ? Buffer.from(spec.salt, 'hex') : randomBytes(16);
      const user: User = {
        username: spec.username,
        sub: randomUUID(),
        password: spec.password,
        salt,
        verifier: passwordVerifier(pool.name, spec.username, spec.password, salt),
        ...(spec.email ? { email: spec.email } : {}),
        ...(spec.phone ? { phone: spec.phone } : {}),
        status: spec.forceChangePassword ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
        mfa: new Set(),
        ...(spec.preferredMfa ? { preferredMfa: spec.preferredMfa } : {}),
      };
      if (spec.totpSecret) {
        user.totpSecret = spec.totpSecret;
        user.mfa.add('SOFTWARE_TOKEN_MFA');
      }
      if (spec.sms) user.mfa.add('SMS_MFA');
      if (spec.emailOtp) user.mfa.add('EMAIL_OTP');
      pool.users.set(user.username, user);
    },
    user: (poolId, username) => poolOf(poolId).users.get(username) ?? raise(new Error(`no user ${username}`)),
    mintToken(poolId, claims, options = {}) {
      const pool = poolOf(poolId);
      const now = Math.floor(clock.now().getTime() / 1000);
      const payload = { sub: randomUUID(), iss: issuer(pool), token_use: 'access', iat: now, exp: now + 3600, ...claims };
      return sign(payload, options.foreignKey ? foreign : privateKey, options.kid ?? kid);
    },
    stop,
  };
}

function raise(error: Error): never {
  throw error;
}
