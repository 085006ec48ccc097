import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliName } from '../../src/model/names.js';

const cases: [string, string][] = [
  ['AdminSetUserMFAPreference', 'admin-set-user-mfa-preference'],
  ['GetCSVHeader', 'get-csv-header'],
  ['GetUICustomization', 'get-ui-customization'],
  ['UserPoolId', 'user-pool-id'],
  ['SMSMfaSettings', 'sms-mfa-settings'],
  ['ListWebAuthnCredentials', 'list-web-authn-credentials'],
  ['IdpIdentifiers', 'idp-identifiers'],
  ['CallbackURLs', 'callback-urls'],
  ['LogoutURLs', 'logout-urls'],
  ['Version2', 'version-2'],
];

for (const [model, expected] of cases) {
  test(`${model} -> ${expected}`, () => assert.equal(cliName(model), expected));
}
