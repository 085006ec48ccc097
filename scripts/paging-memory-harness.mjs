// Child of bench-paging-memory.mjs: lists a pool's users page by page through the paginator, either
// streaming (each page printed and dropped, as text output does) or building the full result (as
// json output does), and reports the peak memory. Run with: node --import tsx
import { createClient } from '../src/client/create-client.ts';
import { invoke } from '../src/client/invoke.ts';
import { loadCommand } from '../src/commands/index.ts';
import { defaultGlobalOptions } from '../src/config/global-options.ts';
import { resolveSettings } from '../src/config/settings.ts';
import { pythonJson } from '../src/output/python-json.ts';
import { paginate } from '../src/pagination/paginate.ts';

const [mode, endpoint, poolId] = process.argv.slice(2);
const env = { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', AWS_DEFAULT_REGION: 'us-east-1', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };
const spec = await loadCommand('list-users');
const options = { ...defaultGlobalOptions, endpointUrl: endpoint };
const settings = await resolveSettings(options, env);
const client = createClient(options, settings, env);
let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 5);
const result = paginate(spec.paginator, { UserPoolId: poolId }, {}, (input) => invoke(client, spec, input));
let bytes = 0;
let items = 0;
if (mode === 'stream') {
  for await (const page of result.pages()) {
    bytes += pythonJson(page).length;
    items += page.Users.length;
    sample();
  }
} else {
  const full = await result.fullResult();
  sample();
  bytes = pythonJson(full).length;
  items = full.Users.length;
  sample();
}
clearInterval(timer);
client.destroy();
console.log(JSON.stringify({ mode, items, bytes, peakHeapMB: +(peakHeap / 2 ** 20).toFixed(1), maxRssMB: +(process.resourceUsage().maxRSS / 1024).toFixed(1) }));
