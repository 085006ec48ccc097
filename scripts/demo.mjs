// npm run demo: an admin session with bin/cognito-idp.
//
// With no AWS account configured (no credentials in the environment, no ~/.aws files), it starts a
// local emulator on a loopback port (moto if `python3 -m moto.server` works, else cognito-local),
// runs the session against it and stops it. With an account configured it changes nothing: it runs
// a read-only command and says how to run the session locally.
//
//   npm run demo [-- --local] [-- --emulator=moto|cognito-local]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { devNull, homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled } from './install.mjs';

const repository = fileURLToPath(new URL('..', import.meta.url));
const bin = join(repository, 'bin', 'cognito-idp');
const args = process.argv.slice(2);
const forceLocal = args.includes('--local');
const emulatorChoice = args.find((arg) => arg.startsWith('--emulator='))?.slice('--emulator='.length);
if (emulatorChoice && !['moto', 'cognito-local'].includes(emulatorChoice)) {
  console.error(`--emulator must be moto or cognito-local, not ${emulatorChoice}`);
  process.exit(2);
}

function ensureBuilt() {
  if (existsSync(join(repository, 'dist', 'launch.js'))) return;
  const build = spawnSync(process.execPath, [join(repository, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: repository });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Where AWS credentials would come from, or undefined when none are configured. */
function configuredAccount(env) {
  const variables = ['AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI'];
  const variable = variables.find((name) => env[name]);
  if (variable) return `${variable} is set`;
  const files = [env.AWS_SHARED_CREDENTIALS_FILE ?? join(homedir(), '.aws', 'credentials'), env.AWS_CONFIG_FILE ?? join(homedir(), '.aws', 'config')];
  const file = files.find((path) => path !== devNull && existsSync(path));
  return file ? `${file} exists` : undefined;
}

function readOnlySession(account) {
  console.log(`An AWS account is configured (${account}): the demo changes nothing in it and runs one read-only command.\n`);
  const code = show(['list-user-pools', '--max-results', '10'], process.env);
  console.log('\nTo watch a full admin session (pool, client, users, group, sign-in) against a local emulator instead:');
  console.log('  npm run demo -- --local');
  return code;
}

async function localSession() {
  let emulator;
  try {
    // The emulator launcher the tests use, TypeScript loaded through tsx (a devDependency).
    const { tsImport } = await import('tsx/esm/api');
    const { startLocalEmulator } = await tsImport('../harness/emulators.ts', import.meta.url);
    emulator = await startLocalEmulator(emulatorChoice);
  } catch (error) {
    console.error(`Could not start a local emulator: ${error.message}`);
    return 1;
  }
  const stopOnSignal = () => void emulator.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  console.log(`Started ${emulator.name} at ${emulator.endpoint}; the commands below reach it through AWS_ENDPOINT_URL.`);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: emulator.endpoint,
    AWS_CONFIG_FILE: devNull,
    AWS_SHARED_CREDENTIALS_FILE: devNull,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  try {
    return adminSession(env);
  } finally {
    await emulator.stop();
    console.log(`\nStopped ${emulator.name}.`);
  }
}

/** The session; returns the exit code of the first command that fails, else 0. */
function adminSession(env) {
  const step = (args, how) => {
    const result = show(args, env, how);
    if (result !== 0) throw new StepFailed(result);
    return lastOutput;
  };
  try {
    const pool = JSON.parse(step(['create-user-pool', '--pool-name', 'DemoPool']));
    const poolId = pool.UserPool.Id;
    const client = JSON.parse(step(['create-user-pool-client', '--user-pool-id', poolId, '--client-name', 'demo-admin-app',
      '--explicit-auth-flows', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']));
    const clientId = client.UserPoolClient.ClientId;
    step(['admin-create-user', '--user-pool-id', poolId, '--username', 'diego@example.com',
      '--user-attributes', 'Name=email,Value=diego@example.com', 'Name=phone_number,Value=+15555551212',
      '--message-action', 'SUPPRESS']);
    step(['admin-create-user', '--user-pool-id', poolId, '--username', 'jane@example.com',
      '--user-attributes', 'Name=email,Value=jane@example.com', 'Name=name,Value=Jane', '--message-action', 'SUPPRESS']);
    step(['create-group', '--user-pool-id', poolId, '--group-name', 'admins', '--description', 'Pool administrators', '--precedence', '1']);
    step(['admin-add-user-to-group', '--user-pool-id', poolId, '--username', 'diego@example.com', '--group-name', 'admins']);
    step(['list-users', '--user-pool-id', poolId]);
    step(['list-groups', '--user-pool-id', poolId]);
    step(['admin-list-groups-for-user', '--user-pool-id', poolId, '--username', 'diego@example.com']);
    const password = 'Demo-Passw0rd!';
    step(['admin-set-user-password', '--user-pool-id', poolId, '--username', 'diego@example.com', '--password', password, '--permanent']);
    step(['admin-initiate-auth', '--user-pool-id', poolId, '--client-id', clientId, '--auth-flow', 'ADMIN_USER_PASSWORD_AUTH',
      '--auth-parameters', `USERNAME=diego@example.com,PASSWORD=${password}`]);
    // Beyond the AWS CLI: a whole sign-in in one command, its ID token kept by a script.
    const idToken = step(['sign-in', '--user-pool-id', poolId, '--client-id', clientId, '--username', 'diego@example.com',
      '--password', password, '--auth-flow', 'USER_PASSWORD_AUTH', '--query', 'AuthenticationResult.IdToken', '--output', 'text'],
      { quiet: true }).trim();
    console.log('(the ID token, kept in $ID_TOKEN)');
    const claims = 'Payload.{user: "cognito:username", token_use: token_use, issuer: iss}';
    step(['decode-token', idToken, '--query', claims], { display: ['decode-token', '"$ID_TOKEN"', '--query', shellQuote(claims)] });
    step(['secret-hash', '--client-id', clientId, '--client-secret', 'demo-client-secret', '--username', 'diego@example.com']);
    // A backup of the pool's users, one JSON line each, with their groups.
    step(['export-users', '--user-pool-id', poolId]);
    // --query applies to each user: a short line apiece.
    step(['export-users', '--user-pool-id', poolId, '--query', '{user: Username, enabled: Enabled, groups: Groups}']);
    // Many commands in one process, one record per line.
    const lines = [
      `admin-get-user --user-pool-id ${poolId} --username jane@example.com --query UserStatus`,
      `list-users-in-group --user-pool-id ${poolId} --group-name admins --query 'Users[].Username'`,
    ];
    step(['batch'], { input: `${lines.join('\n')}\n`, display: ['batch', `<<'EOF'\n${lines.join('\n')}\nEOF`] });
    return 0;
  } catch (error) {
    if (error instanceof StepFailed) return error.code;
    throw error;
  }
}

class StepFailed extends Error {
  constructor(code) {
    super(`a demo command failed with exit code ${code}`);
    this.code = code;
  }
}

let lastOutput = '';

/**
 * Prints the command line (or `display`, where a value would scroll past), runs it with `input` on
 * its standard input, prints what it printed unless `quiet`; returns its exit code.
 */
function show(args, env, { display, quiet, input } = {}) {
  console.log(`\n$ cognito-idp ${display ? display.join(' ') : args.map(shellQuote).join(' ')}`);
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', input });
  lastOutput = result.stdout;
  if (!quiet) process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) console.log(`(exit code ${result.status})`);
  return result.status ?? 1;
}

function shellQuote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

ensureInstalled();
ensureBuilt();
const account = configuredAccount(process.env);
if (account && !forceLocal && !emulatorChoice) {
  process.exitCode = readOnlySession(account);
} else {
  process.exitCode = await localSession();
}
