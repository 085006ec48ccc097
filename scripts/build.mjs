// Bundles the CLI into dist/ so that start-up loads one file instead of hundreds of modules,
// then extracts the help text from the installed SDK into dist/docs.json.
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear out the previous build's so dist/ holds one build.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/entry.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The extractor is TypeScript: bundle it to a temporary module, run it, remove it.
const extractor = 'dist/.docs-extractor.mjs';
await build({
  entryPoints: ['src/generator/docs.ts'],
  outfile: extractor,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
try {
  const { writeDocs } = await import(pathToFileURL(extractor).href);
  writeDocs('dist/docs.json');
} finally {
  rmSync(extractor, { force: true });
}
