/**
 * Names as the AWS CLI derives them from the model (botocore's xform_name with "-"):
 * AdminSetUserMFAPreference -> admin-set-user-mfa-preference, UserPoolId -> user-pool-id.
 */
const trailingPluralAcronym = /[A-Z]{2,}s$/;

export function cliName(modelName: string): string {
  let name = modelName;
  const plural = trailingPluralAcronym.exec(name);
  if (plural) name = `${name.slice(0, -plural[0].length)}-${plural[0].toLowerCase()}`;
  return name
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z])([0-9]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
