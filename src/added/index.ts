/** The commands beyond the AWS CLI, each loaded only when named. */
import type { AddedCommand } from './added-command.js';

const loaders: Record<string, () => Promise<{ command: AddedCommand }>> = {
  batch: () => import('./batch.js'),
  'decode-token': () => import('./decode-token.js'),
  'export-users': () => import('./export-users.js'),
  'import-users': () => import('./import-users.js'),
  'restore-users': () => import('./restore-users.js'),
  'secret-hash': () => import('./secret-hash.js'),
  'setup-totp': () => import('./setup-totp.js'),
  'sign-in': () => import('./sign-in.js'),
};

export const addedCommandNames: readonly string[] = Object.keys(loaders);

export async function loadAddedCommand(name: string): Promise<AddedCommand | undefined> {
  const load = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
  return load ? (await load()).command : undefined;
}
