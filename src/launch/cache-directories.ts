/**
 * Where the code cache may live, in the order it is looked for: the user's cache directory, then
 * beside the installed program (`.cache/` in the package, which is never published). It is written
 * beside the program when that directory can be written, else in the user's cache directory.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface CacheDirectories {
  /** Looked in first: a file here wins over one beside the program. */
  user: string | undefined;
  /** Tried first for writing; read-only in shared installs. */
  install: string;
}

export function cacheDirectories(
  packageDir: string,
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
): CacheDirectories {
  return { user: userCacheDirectory(env, platform), install: join(packageDir, '.cache', 'code') };
}

/** The per-user cache directory the platform's conventions name, or undefined without a home. */
function userCacheDirectory(env: Record<string, string | undefined>, platform: NodeJS.Platform): string | undefined {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'cognito-idp');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'cognito-idp', 'Cache');
  const home = env.HOME || safeHomedir();
  if (!home) return undefined;
  return platform === 'darwin' ? join(home, 'Library', 'Caches', 'cognito-idp') : join(home, '.cache', 'cognito-idp');
}

function safeHomedir(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}
