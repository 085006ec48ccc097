/**
 * What bin/cognito-idp runs first: loads the CLI bundle (dist/cli.cjs) with compiled code kept
 * between runs. Node.js 22.1+ has this built in (`module.enableCompileCache`); on older versions
 * code-cache.ts keeps a V8 code cache itself. NODE_DISABLE_COMPILE_CACHE turns both off.
 */
import module from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirectories } from './cache-directories.js';
import { requireWithCodeCache } from './code-cache.js';

export interface Cli {
  run(argv: string[]): Promise<number>;
  /** Whether a request of this run was answered by the service. */
  serviceAnswered(): boolean;
}

export function loadCli(bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url))): Cli {
  const platformCache = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (platformCache || process.env.NODE_DISABLE_COMPILE_CACHE) {
    platformCache?.();
    return module.createRequire(bundle)(bundle) as Cli;
  }
  return requireWithCodeCache(bundle, {
    directories: cacheDirectories(dirname(dirname(bundle))),
    runWasComplete: (cli) => (cli as unknown as Cli).serviceAnswered(),
  }) as unknown as Cli;
}
