/**
 * Records what the installed AWS CLI v1 sends for each command line below (or that it refuses it)
 * into test/params/fixtures/requests.json. Run from the repository root:
 *   npx tsx tools/shorthand-diff/record-request-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { startAws } from '../../harness/shorthand-oracle/aws-oracle.js';

const F = 'test/params/fixtures';
const pool = ['--user-pool-id', 'us-east-1_abc'];
const createUser = ['admin-create-user', ...pool, '--username', 'jo'];
const update = ['update-user-pool', ...pool];

export const commandLines: string[][] = [
  // Lists of structures: one word per item, shorthand or JSON.
  [...createUser, '--user-attributes', 'Name=email,Value=a@b.c', 'Name=name,Value=Jo'],
  [...createUser, '--user-attributes', '[{"Name":"email","Value":"a@b.c"}]'],
  [...createUser, '--user-attributes', ' [{"Name":"email"}]'],
  [...createUser, '--user-attributes', '{"Name":"email","Value":"x"}', '{"Name":"name","Value":"y"}'],
  [...createUser, '--user-attributes', '{"Name":"email"}', 'Name=name'],
  [...createUser, '--user-attributes', 'Name=email,Value=a,b'],
  [...createUser, '--user-attributes', "Name=email,Value='a,b'"],
  [...createUser, '--user-attributes', 'Name=email,Value=a\\,b'],
  [...createUser, '--user-attributes', 'Name=email,Foo=b'],
  [...createUser, '--user-attributes', 'Value=x'],
  [...createUser, '--user-attributes', 'Name=email,Name=x'],
  [...createUser, '--user-attributes', 'Name'],
  [...createUser, '--user-attributes', 'Name=email,Value='],
  [...createUser, '--user-attributes', 'Name=""'],
  [...createUser, '--user-attributes', '[{"Name": 5}]'],
  [...createUser, '--user-attributes', '[{"Name": "a", "Value": null}]'],
  [...createUser, '--user-attributes', '[{"Name": "a"'],
  [...createUser, '--user-attributes', `file://${F}/attribute.txt`],
  [...createUser, '--user-attributes', `Name=email,Value@=file://${F}/value.txt`],
  [...createUser, '--user-attributes', `Name=email,Value=file://${F}/value.txt`],
  [...createUser, '--user-attributes', `Name=email,Value@=fileb://${F}/image.bin`],
  [...createUser, '--user-attributes', `Name=email,Value@=file://${F}/missing.txt`],
  // Lists of scalars: space-separated words, or one JSON list.
  [...createUser, '--desired-delivery-mediums', 'EMAIL', 'SMS'],
  [...createUser, '--desired-delivery-mediums', '["EMAIL","SMS"]'],
  [...createUser, '--desired-delivery-mediums', '["EMAIL"]', 'SMS'],
  [...createUser, '--desired-delivery-mediums', 'EMAIL,SMS'],
  [...createUser, '--desired-delivery-mediums', 'NOT_AN_ENUM'],
  [...createUser, '--desired-delivery-mediums', '[1]'],
  ['admin-delete-user-attributes', ...pool, '--username', 'jo', '--user-attribute-names', `file://${F}/names.txt`],
  ['admin-delete-user-attributes', ...pool, '--username', 'jo', '--user-attribute-names', 'email', 'custom:x'],
  // Maps.
  [...createUser, '--client-metadata', 'k1=v1,k2=v2'],
  [...createUser, '--client-metadata', 'k1=a,b'],
  [...createUser, '--client-metadata', '{"k1":"v1"}'],
  [...createUser, '--client-metadata', '{"k1":1}'],
  [...createUser, '--client-metadata', 'custom:key=x,a.b/c#d=y'],
  [...createUser, '--client-metadata', '[1]'],
  [...createUser, '--client-metadata', ''],
  // Scalars: strings, integers, booleans, enums, blobs, files.
  [...createUser, '--temporary-password', 'p@ss,w=rd'],
  [...createUser, '--temporary-password', `file://${F}/value.txt`],
  [...createUser, '--temporary-password', `fileb://${F}/image.bin`],
  [...createUser, '--temporary-password', 'https://example.com/x'],
  [...createUser, '--temporary-password', `file://${F}/missing.txt`],
  [...createUser, '--message-action', 'WHATEVER'],
  [...createUser, '--force-alias-creation'],
  [...createUser, '--no-force-alias-creation'],
  ['list-users', ...pool, '--limit', '5'],
  ['list-users', ...pool, '--limit', ' 12 '],
  ['list-users', ...pool, '--limit', '1_0'],
  ['list-users', ...pool, '--limit', '1.5'],
  ['list-users', ...pool, '--limit', 'ten'],
  ['list-users', ...pool, '--limit', '+7'],
  ['list-users', ...pool, '--attributes-to-get', 'email', 'name'],
  ['list-users', ...pool, '--filter', 'email = "a@b.c"'],
  ['list-users', '--user-pool-id', ''],
  ['set-ui-customization', ...pool, '--image-file', `fileb://${F}/image.bin`],
  ['set-ui-customization', ...pool, '--image-file', 'plain text'],
  ['set-ui-customization', ...pool, '--image-file', `file://${F}/value.txt`],
  ['set-ui-customization', ...pool, '--css', `file://${F}/value.txt`],
  // Structures: nested shorthand, coercion of numbers and booleans, a lone value for a list.
  [...update, '--policies', 'PasswordPolicy={MinimumLength=12,RequireNumbers=true,RequireSymbols=FALSE}'],
  [...update, '--policies', 'PasswordPolicy={MinimumLength=x}'],
  [...update, '--policies', 'PasswordPolicy={MinimumLength=1_2}'],
  [...update, '--policies', 'PasswordPolicy={MinimumLength=[1,2]}'],
  [...update, '--policies', 'PasswordPolicy={RequireNumbers=yes}'],
  [...update, '--policies', 'PasswordPolicy={RequireNumbers=True}'],
  [...update, '--policies', 'PasswordPolicy={MinimumLength=-1}'],
  [...update, '--policies', '{"PasswordPolicy":{"MinimumLength":12}}'],
  [...update, '--policies', '{"PasswordPolicy":{"MinimumLength":12.0}}'],
  [...update, '--policies', '{"PasswordPolicy":{"MinimumLength":"12"}}'],
  [...update, '--policies', '{"PasswordPolicy":{"MinimumLength":true}}'],
  [...update, '--policies', '[1]'],
  [...update, '--policies', 'PasswordPolicy=x'],
  [...update, '--auto-verified-attributes', 'email'],
  [...update, '--account-recovery-setting', 'RecoveryMechanisms={Priority=1,Name=verified_email}'],
  [...update, '--account-recovery-setting', 'RecoveryMechanisms=[{Priority=1,Name=verified_email},{Priority=2,Name=verified_phone_number}]'],
  [...update, '--account-recovery-setting', 'RecoveryMechanisms=[]'],
  [...update, '--admin-create-user-config', 'AllowAdminCreateUserOnly=true,InviteMessageTemplate={EmailSubject="Hi, {username}"}'],
  [...update, '--lambda-config', 'PreSignUp=arn:aws:lambda:us-east-1:123456789012:function:f'],
  [...update, '--user-pool-tags', 'team=a,env=dev'],
  [...update, '--user-pool-tags', 'team=[a]'],
  [...update, '--verification-message-template', "EmailMessage='Code: {####}',DefaultEmailOption=CONFIRM_WITH_CODE"],
  // Documents take JSON only.
  ['create-managed-login-branding', ...pool, '--client-id', 'c', '--settings', '{"a": [1, 2.5, null, true]}'],
  ['create-managed-login-branding', ...pool, '--client-id', 'c', '--settings', 'a=b'],
  ['create-managed-login-branding', ...pool, '--client-id', 'c', '--settings', `file://${F}/settings.json`],
  ['create-managed-login-branding', ...pool, '--client-id', 'c', '--assets', `Category=PAGE_BACKGROUND,ColorMode=LIGHT,Extension=PNG,Bytes=abc`],
  // Required parameters.
  ['admin-create-user', ...pool],
];

const oracle = startAws();
await oracle.model;
const outcomes = await oracle.run(commandLines.map((args, id) => ({ id, args })));
const recorded = commandLines.map((args, id) => {
  const outcome = outcomes.get(id)!;
  return { args, sent: outcome.bodies.length ? JSON.parse(outcome.bodies[0]) : null };
});
writeFileSync('test/params/fixtures/requests.json', `${JSON.stringify(recorded, null, 1)}\n`);
console.log(`${recorded.length} command lines, ${recorded.filter((r) => r.sent).length} sent`);
