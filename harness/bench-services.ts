/**
 * The loopback services the benchmark of the added commands talks to, started in a process of
 * their own: the sign-in service fake (one pool, one client, one user) and a large user pool with
 * groups. Prints one JSON line saying where they are, then serves until killed.
 *
 *   node --import tsx harness/bench-services.ts USERS[,USERS...]
 */
import { startFakeUserPool } from './fake-user-pool.js';
import { startSrpService } from './srp-service.js';

const sizes = (process.argv[2] ?? '10000').split(',').map(Number);
const srp = await startSrpService();
const poolId = srp.createPool();
const { clientId } = srp.createClient(poolId);
srp.addUser(poolId, { username: 'bench', password: 'Bench-Passw0rd!' });
const pools: Record<string, string> = {};
for (const users of sizes) pools[users] = (await startFakeUserPool({ users, groups: 10 })).endpoint;
process.stdout.write(`${JSON.stringify({ signIn: { endpoint: srp.endpoint, poolId, clientId, username: 'bench', password: 'Bench-Passw0rd!' }, pools })}\n`);
