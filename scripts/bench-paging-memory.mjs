// Peak memory of paging through 1,000 and 10,000 users on moto: streamed page by page (text output)
// against the full merged result (json output). Run: node scripts/bench-paging-memory.mjs
// moto is started and seeded by the launcher and seeder the tests use (harness/, loaded with tsx);
// seeding 11,000 users through moto's API takes a minute or two.
import { spawnSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const { startMoto } = await tsImport('../harness/emulators.ts', import.meta.url);
const { seedPool } = await tsImport('../harness/moto-seed.ts', import.meta.url);

const sizes = [1000, 10000];
const moto = await startMoto();
try {
  const pools = {};
  for (const size of sizes) {
    pools[size] = await seedPool(moto.endpoint, {
      name: `bench-${size}`,
      users: Array.from({ length: size }, (_, i) => ({
        username: `user${String(i).padStart(5, '0')}`,
        attributes: [{ Name: 'email', Value: `user${i}@example.com` }],
      })),
      concurrency: 20,
    });
  }
  for (const mode of ['stream', 'full']) {
    for (const size of sizes) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/paging-memory-harness.mjs', mode, moto.endpoint, pools[size]], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(run.stderr);
      console.log(run.stdout.trim());
    }
  }
} finally {
  await moto.stop();
}
