// Bundles the CLI into dist/ so that start-up loads one file instead of hundreds of modules,
// then extracts the help text from the installed SDK into dist/docs.json.
//
// dist/cli.cjs is the whole CLI as one CommonJS script, so that a V8 code cache can hold all of
// its compiled code (Node.js 20 offers no way to give cached code to an ES module). Modules loaded
// on demand (help, table and YAML output, each operation's SDK command, the credential chain)
// stay functions in it that run, and compile, only when needed. dist/launch.js loads it with
// the code cache (src/launch/).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Nothing is written to dist/ until the end, and then each file is replaced by a rename: a program
// started while dist/ is being built (by a test, say) reads the old file or the new one, never half
// of one, and never finds dist/ missing. Files of earlier builds are removed afterwards.
const built = new Map();
const collect = (result) => {
  for (const file of result.outputFiles) built.set(basename(file.path), file.contents);
};

/**
 * In the bundle, each generated src/commands/sdk/ module takes its command from the command's own
 * module in the SDK's ES build, not from the package's index: loading one operation then loads
 * that command, not every command the index re-exports. (Run from sources, as tests are, the
 * index is the only way in.)
 */
const sdkCommandModules = {
  name: 'sdk-command-modules',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]src[\\/]commands[\\/]sdk[\\/][^\\/]+\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const match = /export \{ (\w+) as SdkCommand \} from '(@aws-sdk\/[\w-]+)';/.exec(source);
      if (!match) throw new Error(`${path}: not a generated SDK command module`);
      const [, command, sdk] = match;
      return { contents: `export { ${command} as SdkCommand } from '${sdk}/dist-es/commands/${command}.js';\n`, loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // The SDK's ES module builds: esbuild keeps only the code a run can reach.
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
};

collect(await build({
  ...common,
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  sourcemap: 'linked',
  // `import()` becomes a call of the bundled module's function (a code-cached script has no
  // module loader to import with).
  supported: { 'dynamic-import': false },
  plugins: [sdkCommandModules],
  define: { 'import.meta.url': '__import_meta_url' },
  // Required as a module, the file runs the bundle. Run as a script (src/launch/code-cache.ts), it
  // evaluates to the module function, so the text V8 compiles is the file as read, not a copy of
  // it inside a wrapper.
  banner: {
    js:
      '(typeof module == "object" ? (f) => f(exports, require, module, __filename, __dirname) : (f) => f)(' +
      'function (exports, require, module, __filename, __dirname) {' +
      "var __import_meta_url = require('node:url').pathToFileURL(__filename).href;",
  },
  footer: { js: '})' },
}));

collect(await build({
  ...common,
  entryPoints: ['src/launch/index.ts'],
  outfile: 'dist/launch.js',
  format: 'esm',
}));

// The extractor is TypeScript: bundle it to a temporary module, run it, remove it.
mkdirSync('dist', { recursive: true });
const extractor = `dist/.docs-extractor-${process.pid}.mjs`;
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
  const docs = `dist/.docs-${process.pid}.json`;
  writeDocs(docs);
  built.set('docs.json', readFileSync(docs));
  rmSync(docs, { force: true });
} finally {
  rmSync(extractor, { force: true });
}

for (const [name, contents] of built) {
  const temporary = join('dist', `.${name}.${process.pid}.tmp`);
  writeFileSync(temporary, contents);
  renameSync(temporary, join('dist', name));
}
for (const name of readdirSync('dist')) {
  if (!built.has(name) && !name.startsWith('.')) rmSync(join('dist', name), { recursive: true, force: true });
}
