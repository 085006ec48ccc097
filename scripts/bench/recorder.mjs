// A loopback Cognito endpoint that answers at once with a canned body per operation. Runs as its
// own process so that serving requests never competes with the bench's own timing.
// Prints its port on stdout, then serves until killed.
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

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop();
    const body = JSON.stringify(answers[operation] ?? {});
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 1000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
