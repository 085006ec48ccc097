/**
 * An administrator's session, step by step: the same steps are run with `aws` (to record what it
 * prints) and with cognito-idp (to compare), each against fresh emulator state.
 */
import type { RecordedResponse, RecordingProxy } from './recording-proxy.js';

export interface Step {
  name: string;
  /** Words after the program name; `{pool}`-style names are values captured by earlier steps. */
  args: string[];
  /** Values to capture from the raw response: name -> dotted path. */
  capture?: Record<string, string>;
}

export const scenario: Step[] = [
  { name: 'create-user-pool', args: ['create-user-pool', '--pool-name', 'ScenarioPool', '--auto-verified-attributes', 'email',
    '--policies', '{"PasswordPolicy": {"MinimumLength": 8, "RequireUppercase": true, "RequireLowercase": true, "RequireNumbers": true, "RequireSymbols": false}}'],
    capture: { pool: 'UserPool.Id' } },
  { name: 'describe-user-pool', args: ['describe-user-pool', '--user-pool-id', '{pool}'] },
  { name: 'list-user-pools', args: ['list-user-pools', '--max-results', '10'] },
  { name: 'update-user-pool', args: ['update-user-pool', '--user-pool-id', '{pool}', '--mfa-configuration', 'OFF'] },
  { name: 'create-web-client', args: ['create-user-pool-client', '--user-pool-id', '{pool}', '--client-name', 'web', '--no-generate-secret',
    '--explicit-auth-flows', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], capture: { web: 'UserPoolClient.ClientId' } },
  { name: 'create-backend-client', args: ['create-user-pool-client', '--user-pool-id', '{pool}', '--client-name', 'backend', '--generate-secret'],
    capture: { backend: 'UserPoolClient.ClientId' } },
  { name: 'describe-user-pool-client', args: ['describe-user-pool-client', '--user-pool-id', '{pool}', '--client-id', '{web}'] },
  { name: 'list-user-pool-clients', args: ['list-user-pool-clients', '--user-pool-id', '{pool}', '--max-results', '10'] },
  { name: 'update-user-pool-client', args: ['update-user-pool-client', '--user-pool-id', '{pool}', '--client-id', '{web}', '--client-name', 'web-app',
    '--explicit-auth-flows', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', '--refresh-token-validity', '10'] },
  { name: 'admin-create-user-diego', args: ['admin-create-user', '--user-pool-id', '{pool}', '--username', 'diego', '--message-action', 'SUPPRESS',
    '--user-attributes', 'Name=email,Value=diego@example.com', 'Name=phone_number,Value=+15555551212', 'Name=name,Value=Diego Ramírez'] },
  { name: 'admin-create-user-maria', args: ['admin-create-user', '--user-pool-id', '{pool}', '--username', 'maria', '--message-action', 'SUPPRESS',
    '--temporary-password', 'Temp-Passw0rd', '--user-attributes', 'Name=email,Value=maria@example.com'] },
  { name: 'admin-get-user', args: ['admin-get-user', '--user-pool-id', '{pool}', '--username', 'diego'] },
  { name: 'admin-set-user-password', args: ['admin-set-user-password', '--user-pool-id', '{pool}', '--username', 'diego', '--password', 'Secret-Passw0rd', '--permanent'] },
  { name: 'admin-update-user-attributes', args: ['admin-update-user-attributes', '--user-pool-id', '{pool}', '--username', 'diego',
    '--user-attributes', 'Name=family_name,Value=Ramírez'] },
  { name: 'list-users', args: ['list-users', '--user-pool-id', '{pool}'] },
  { name: 'list-users-filter', args: ['list-users', '--user-pool-id', '{pool}', '--filter', 'username = "diego"'] },
  { name: 'list-users-query', args: ['list-users', '--user-pool-id', '{pool}', '--query', 'Users[].[Username, UserStatus, Enabled]'] },
  { name: 'create-group-admins', args: ['create-group', '--user-pool-id', '{pool}', '--group-name', 'admins', '--description', 'Administrators', '--precedence', '1'] },
  { name: 'create-group-readers', args: ['create-group', '--user-pool-id', '{pool}', '--group-name', 'readers', '--precedence', '5'] },
  { name: 'get-group', args: ['get-group', '--user-pool-id', '{pool}', '--group-name', 'admins'] },
  { name: 'list-groups', args: ['list-groups', '--user-pool-id', '{pool}'] },
  { name: 'admin-add-user-to-admins', args: ['admin-add-user-to-group', '--user-pool-id', '{pool}', '--username', 'diego', '--group-name', 'admins'] },
  { name: 'admin-add-user-to-readers', args: ['admin-add-user-to-group', '--user-pool-id', '{pool}', '--username', 'diego', '--group-name', 'readers'] },
  // moto lists a user's groups in no fixed order.
  { name: 'admin-list-groups-for-user', args: ['admin-list-groups-for-user', '--user-pool-id', '{pool}', '--username', 'diego',
    '--query', '{Groups: sort_by(Groups, &GroupName)}'] },
  { name: 'list-users-in-group', args: ['list-users-in-group', '--user-pool-id', '{pool}', '--group-name', 'admins'] },
  { name: 'admin-initiate-auth', args: ['admin-initiate-auth', '--user-pool-id', '{pool}', '--client-id', '{web}', '--auth-flow', 'ADMIN_USER_PASSWORD_AUTH',
    '--auth-parameters', 'USERNAME=diego,PASSWORD=Secret-Passw0rd'] },
  { name: 'admin-disable-user', args: ['admin-disable-user', '--user-pool-id', '{pool}', '--username', 'maria'] },
  { name: 'admin-get-user-disabled', args: ['admin-get-user', '--user-pool-id', '{pool}', '--username', 'maria', '--query', '{Name: Username, Enabled: Enabled, Status: UserStatus}'] },
  { name: 'admin-enable-user', args: ['admin-enable-user', '--user-pool-id', '{pool}', '--username', 'maria'] },
  { name: 'admin-remove-user-from-group', args: ['admin-remove-user-from-group', '--user-pool-id', '{pool}', '--username', 'diego', '--group-name', 'readers'] },
  { name: 'create-user-pool-domain', args: ['create-user-pool-domain', '--user-pool-id', '{pool}', '--domain', 'scenario-auth'] },
  { name: 'describe-user-pool-domain', args: ['describe-user-pool-domain', '--domain', 'scenario-auth'] },
  { name: 'create-resource-server', args: ['create-resource-server', '--user-pool-id', '{pool}', '--identifier', 'scenario-api', '--name', 'api',
    '--scopes', 'ScopeName=read,ScopeDescription=Read access', 'ScopeName=write,ScopeDescription=Write access'] },
  { name: 'admin-delete-user', args: ['admin-delete-user', '--user-pool-id', '{pool}', '--username', 'maria'] },
  { name: 'delete-group', args: ['delete-group', '--user-pool-id', '{pool}', '--group-name', 'readers'] },
  { name: 'admin-get-user-missing', args: ['admin-get-user', '--user-pool-id', '{pool}', '--username', 'maria'] },
  { name: 'describe-user-pool-final', args: ['describe-user-pool', '--user-pool-id', '{pool}', '--query', 'UserPool.{Name: Name, Mfa: MfaConfiguration, Estimated: EstimatedNumberOfUsers, Policies: Policies}'] },
];

export type Format = 'json' | 'text' | 'table';
export const formats: Format[] = ['json', 'text', 'table'];

export interface StepOutcome {
  name: string;
  code: number;
  stdout: string;
  stderr: string;
  response?: RecordedResponse;
}

export type Runner = (args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;

/** Runs every step once in `format`, through the proxy, capturing ids from raw responses. */
export async function runScenario(run: Runner, proxy: RecordingProxy, format: Format): Promise<StepOutcome[]> {
  const values: Record<string, string> = {};
  const outcomes: StepOutcome[] = [];
  for (const step of scenario) {
    const args = resolveArgs(step.args, values);
    proxy.takeLast();
    const result = await run([...args, '--output', format, '--endpoint-url', proxy.endpoint]);
    const response = proxy.takeLast();
    if (step.capture && response) {
      const body = JSON.parse(response.body) as Record<string, unknown>;
      for (const [name, path] of Object.entries(step.capture)) values[name] = String(dig(body, path));
    }
    outcomes.push({ name: step.name, ...result, response });
  }
  return outcomes;
}

export function resolveArgs(args: string[], values: Record<string, string>): string[] {
  return args.map((arg) => arg.replace(/^\{(\w+)\}$/, (whole, name: string) => values[name] ?? whole));
}

function dig(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], value);
}
