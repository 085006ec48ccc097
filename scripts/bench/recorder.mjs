// A loopback Cognito endpoint that answers at once with a canned body per operation. Runs as its
// own process so that serving requests never competes with the bench's own timing.
// Prints its port on stdout, then serves until killed.
//
// ListUsers serves a pool of generated users page by page (60 a page, as Cognito's largest Limit):
// the pool `us-east-1_users10000` holds 10,000 users. Pages are built once and kept, so that a
// listing measures the client, not the endpoint.
import { createServer } from 'node:http';

const pools = Array.from({ length: 3 }, (_, i) => ({
  Id: `us-east-1_bench${i}`,
  Name: `bench-pool-${i}`,
  LambdaConfig: {},
  LastModifiedDate: 1700000000.123,
  CreationDate: 1700000000.123,
}));

const answers = {
  ListUserPools: { UserPools: pools },
  AdminCreateUser: {
    User: {
      Username: 'bench-user',
      Attributes: [{ Name: 'sub', Value: '00000000-0000-0000-0000-000000000000' }],
      UserCreateDate: 1700000000.123,
      UserLastModifiedDate: 1700000000.123,
      Enabled: true,
      UserStatus: 'FORCE_CHANGE_PASSWORD',
    },
  },
};

const PAGE_SIZE = 60;
const pages = new Map();

/** One user as Cognito lists it; every seventh has a name outside ASCII, as real pools do. */
function user(i) {
  const sub = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-${(i * 7919).toString(16).padStart(12, '0')}`;
  const attributes = [
    { Name: 'sub', Value: sub },
    { Name: 'email_verified', Value: i % 3 === 0 ? 'false' : 'true' },
    { Name: 'email', Value: `user-${i}@example.com` },
  ];
  if (i % 7 === 0) attributes.push({ Name: 'name', Value: `José Müller ${i}` });
  // Timestamps as the service writes them: epoch seconds with milliseconds.
  const created = 1700000000 + i * 37 + (i % 1000) / 1000;
  return {
    Username: `user-${String(i).padStart(6, '0')}`,
    Attributes: attributes,
    UserCreateDate: created,
    UserLastModifiedDate: created + 3600.5,
    Enabled: i % 11 !== 0,
    UserStatus: i % 5 === 0 ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
  };
}

function listUsersPage(request) {
  const total = Number(/_users(\d+)$/.exec(request.UserPoolId ?? '')?.[1] ?? 0);
  const start = Number(request.PaginationToken ?? 0);
  const size = Math.min(Number(request.Limit ?? PAGE_SIZE), PAGE_SIZE);
  const key = `${total} ${start} ${size}`;
  let body = pages.get(key);
  if (body === undefined) {
    const end = Math.min(total, start + size);
    const users = [];
    for (let i = start; i < end; i++) users.push(user(i));
    body = Buffer.from(JSON.stringify(end < total ? { Users: users, PaginationToken: String(end) } : { Users: users }));
    pages.set(key, body);
  }
  return body;
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop();
    const body =
      operation === 'ListUsers'
        ? listUsersPage(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'))
        : Buffer.from(JSON.stringify(answers[operation] ?? {}));
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': body.length });
    res.end(body);
  });
});
// Node's default keep-alive timeout (5 s): a Node.js client takes a second off the timeout a server
// announces, so with a 1 s timeout it would open a connection per request where real endpoints
// let it reuse one.
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
