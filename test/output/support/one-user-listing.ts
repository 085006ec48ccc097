/** A one-user ListUsers response to answer with, and AWS config files for output settings. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const oneUserListing =
  '{"Users":[{"Username":"diego","Attributes":[{"Name":"email","Value":"d@example.com"}],"UserCreateDate":1548099495.428,' +
  '"UserLastModifiedDate":1548099495,"Enabled":true,"UserStatus":"CONFIRMED"}]}';

/** Writes `text` to a new config file and returns its path. */
export function configFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cognito-idp-output-')), 'config');
  writeFileSync(path, text);
  return path;
}
