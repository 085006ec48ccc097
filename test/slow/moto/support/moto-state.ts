/**
 * The state a seed example needs on moto (a pool, a client, users, groups, ...), created with direct
 * service calls so that it does not depend on the CLI under test, and the example's argv with its
 * placeholders (pool id, client id, access token) replaced by the ids moto gave.
 */
import { cognito } from '../../../../harness/moto-seed.js';
import type { SeedExample } from '../../../../harness/seeds/extract-examples.js';

type Call = (operation: string, body: Record<string, unknown>) => Promise<Record<string, any>>;

export function motoCaller(endpoint: string): Call {
  return (operation, body) => cognito(endpoint, operation, body);
}

/** The value given for an option (`--name value` or `--name=value`). */
function optionValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return undefined;
}

function replaceOption(argv: string[], name: string, value: string): string[] {
  return argv.map((word, i) => {
    if (argv[i - 1] === `--${name}`) return value;
    if (word.startsWith(`--${name}=`)) return `--${name}=${value}`;
    return word;
  });
}

/** A password every pool made here accepts. */
const TOKEN_USER = { username: 'token-user@example.com', password: 'OldPassword' };

export async function prepareExample(example: SeedExample, call: Call): Promise<string[]> {
  const { operation, argv } = example;
  const needsCustomAttribute = argv.some((word) => word.includes('custom:CustomAttr1'));
  const pool = await call('CreateUserPool', {
    PoolName: 'MyUserPool',
    Policies: { PasswordPolicy: { MinimumLength: 6, RequireUppercase: false, RequireLowercase: false, RequireNumbers: false, RequireSymbols: false } },
    ...(needsCustomAttribute && { Schema: [{ Name: 'CustomAttr1', AttributeDataType: 'String', Mutable: true }] }),
  });
  const poolId: string = pool.UserPool.Id;
  const client = await call('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'MyApp',
    ExplicitAuthFlows: ['ADMIN_NO_SRP_AUTH', 'USER_PASSWORD_AUTH'],
  });
  const clientId: string = client.UserPoolClient.ClientId;
  /** A confirmed user, or one that must change its temporary password when one is given. */
  const createUser = async (username: string, temporaryPassword?: string) => {
    await call('AdminCreateUser', {
      UserPoolId: poolId,
      Username: username,
      TemporaryPassword: temporaryPassword ?? 'Temporary1',
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        ...(username.includes('@') ? [{ Name: 'email', Value: username }, { Name: 'email_verified', Value: 'true' }] : []),
        ...(needsCustomAttribute ? [{ Name: 'custom:CustomAttr1', Value: 'Blue' }] : []),
      ],
    });
    if (!temporaryPassword) {
      await call('AdminSetUserPassword', { UserPoolId: poolId, Username: username, Password: 'Password1', Permanent: true });
    }
  };

  const username = optionValue(argv, 'username') ?? /USERNAME=([^,]+)/.exec(optionValue(argv, 'auth-parameters') ?? '')?.[1];
  if (username && operation !== 'admin-create-user' && operation !== 'sign-up') {
    if (operation === 'confirm-sign-up' || operation === 'admin-confirm-sign-up') {
      await call('SignUp', { ClientId: clientId, Username: username, Password: 'Password1' });
    } else {
      await createUser(username, operation === 'admin-initiate-auth' ? /PASSWORD=([^,]+)/.exec(optionValue(argv, 'auth-parameters')!)![1] : undefined);
    }
  }
  const group = optionValue(argv, 'group-name');
  if (group && operation !== 'create-group') {
    await call('CreateGroup', { UserPoolId: poolId, GroupName: group, Description: 'A sample group.', Precedence: 1 });
    const member = username ?? 'jane@example.com';
    if (!username) await createUser(member);
    await call('AdminAddUserToGroup', { UserPoolId: poolId, Username: member, GroupName: group });
  }
  if (operation === 'admin-list-groups-for-user') {
    await call('CreateGroup', { UserPoolId: poolId, GroupName: 'SampleGroup', Description: 'Sample group', Precedence: 1, RoleArn: 'arn:aws:iam::111111111111:role/SampleRole' });
    await call('AdminAddUserToGroup', { UserPoolId: poolId, Username: username, GroupName: 'SampleGroup' });
  }
  if (operation === 'list-users') await createUser('mary@example.com');
  const provider = optionValue(argv, 'provider-name');
  if (provider) {
    await call('CreateIdentityProvider', {
      UserPoolId: poolId,
      ProviderName: provider,
      ProviderType: provider,
      ProviderDetails: { client_id: '11111', client_secret: '11111', authorize_scopes: 'myscope' },
      AttributeMapping: { username: 'id' },
    });
  }
  const identifier = optionValue(argv, 'identifier');
  if (identifier) {
    await call('CreateResourceServer', {
      UserPoolId: poolId,
      Identifier: identifier,
      Name: 'Weather',
      Scopes: [{ ScopeName: 'weather.read', ScopeDescription: 'Read weather forecasts' }],
    });
  }
  const domain = optionValue(argv, 'domain');
  if (domain && operation !== 'create-user-pool-domain') await call('CreateUserPoolDomain', { UserPoolId: poolId, Domain: domain });

  let prepared = argv;
  if (optionValue(argv, 'user-pool-id')) prepared = replaceOption(prepared, 'user-pool-id', poolId);
  if (optionValue(argv, 'client-id')) prepared = replaceOption(prepared, 'client-id', clientId);
  if (optionValue(argv, 'access-token')) {
    await createUser(TOKEN_USER.username);
    await call('AdminSetUserPassword', { UserPoolId: poolId, Username: TOKEN_USER.username, Password: TOKEN_USER.password, Permanent: true });
    const auth = await call('AdminInitiateAuth', {
      UserPoolId: poolId,
      ClientId: clientId,
      AuthFlow: 'ADMIN_NO_SRP_AUTH',
      AuthParameters: { USERNAME: TOKEN_USER.username, PASSWORD: TOKEN_USER.password },
    });
    const accessToken: string = auth.AuthenticationResult.AccessToken;
    if (optionValue(argv, 'software-token-mfa-settings')) {
      await call('AssociateSoftwareToken', { AccessToken: accessToken });
      await call('VerifySoftwareToken', { AccessToken: accessToken, UserCode: '123456' });
    }
    prepared = replaceOption(prepared, 'access-token', accessToken);
  }
  return prepared;
}
