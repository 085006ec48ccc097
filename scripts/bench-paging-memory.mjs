// Peak memory of paging through 1,000 and 10,000 users on moto: streamed page by page (text output)
// against the full merged result (json output). Run: node scripts/bench-paging-memory.mjs
// moto runs in a Python process that fills its backend directly: a few seconds for 11,000 users,
// where creating them through moto's API takes minutes.
import { spawn, spawnSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const { freePort } = await tsImport('../harness/ports.ts', import.meta.url);

const seeder = `
import sys
from moto.server import ThreadedMotoServer
from moto.cognitoidp.models import cognitoidp_backends
server = ThreadedMotoServer(ip_address='127.0.0.1', port=int(sys.argv[1])); server.start()
backend = cognitoidp_backends['123456789012']['us-east-1']
for size in map(int, sys.argv[2:]):
    pool = backend.create_user_pool('bench-%d' % size, {})
    for i in range(size):
        backend.admin_create_user(pool.id, 'user%05d' % i, 'SUPPRESS', 'Passw0rd!x', [{'Name': 'email', 'Value': 'user%d@example.com' % i}])
    print(size, pool.id, flush=True)
print('ready', flush=True)
sys.stdin.read()
`;

const port = await freePort();
const endpoint = `http://127.0.0.1:${port}`;
const sizes = [1000, 10000];
const moto = spawn('python3', ['-c', seeder, String(port), ...sizes.map(String)], { stdio: ['pipe', 'pipe', 'ignore'] });
const pools = {};
await new Promise((resolve, reject) => {
  let buffer = '';
  moto.stdout.on('data', (chunk) => {
    buffer += chunk;
    for (const line of buffer.split('\n').slice(0, -1)) {
      const [size, id] = line.split(' ');
      if (size === 'ready') resolve();
      else pools[size] = id;
    }
    buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
  });
  moto.on('exit', () => reject(new Error('moto exited')));
});
try {
  for (const mode of ['stream', 'full']) {
    for (const size of sizes) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/paging-memory-harness.mjs', mode, endpoint, pools[size]], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(run.stderr);
      console.log(run.stdout.trim());
    }
  }
} finally {
  moto.kill();
}
