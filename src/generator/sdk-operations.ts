/** Reads the operations, their paginators and their auth from the installed SDK. */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SDK_PACKAGE = '@aws-sdk/client-cognito-identity-provider';

export interface SdkFacts {
  packageDir: string;
  version: string;
  /** Operation name -> its schema ([9, ns, name, traits, input, output]). */
  operations: Map<string, unknown[]>;
  paginators: Map<string, { inputToken: string; outputToken: string; limitKey?: string }>;
  isSigned: (operation: string) => boolean;
}

export async function readSdk(): Promise<SdkFacts> {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve(`${SDK_PACKAGE}/package.json`));
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version as string;
  const sdk = (await import(SDK_PACKAGE)) as Record<string, unknown>;
  const operations = new Map<string, unknown[]>();
  for (const [exportName, value] of Object.entries(sdk)) {
    if (exportName.endsWith('$') && Array.isArray(value) && value[0] === 9) operations.set(value[2] as string, value);
  }
  const auth = (await import(pathToFileURL(join(packageDir, 'dist-es/auth/httpAuthSchemeProvider.js')).href)) as {
    defaultCognitoIdentityProviderHttpAuthSchemeProvider: (p: { operation: string; region: string }) => { schemeId: string }[];
  };
  const isSigned = (operation: string) =>
    auth
      .defaultCognitoIdentityProviderHttpAuthSchemeProvider({ operation, region: 'us-east-1' })
      .some((option) => option.schemeId === 'aws.auth#sigv4');
  return { packageDir, version, operations, paginators: readPaginators(packageDir), isSigned };
}

const paginatorPattern = /createPaginator\(\w+, (\w+)Command, "(\w+)", "(\w+)"(?:, "(\w+)")?\)/;

function readPaginators(packageDir: string): SdkFacts['paginators'] {
  const dir = join(packageDir, 'dist-es', 'pagination');
  const paginators: SdkFacts['paginators'] = new Map();
  for (const file of readdirSync(dir)) {
    const match = paginatorPattern.exec(readFileSync(join(dir, file), 'utf8'));
    if (!match) continue;
    const [, operation, inputToken, outputToken, limitKey] = match;
    paginators.set(operation, { inputToken, outputToken, ...(limitKey ? { limitKey } : {}) });
  }
  return paginators;
}
