// The floor: the least a Node.js process can do for one call, a bare HTTP POST with no CLI around it.
import { request } from 'node:http';

const body = JSON.stringify({ MaxResults: 10 });
const req = request(process.argv[2], {
  method: 'POST',
  headers: {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': 'AWSCognitoIdentityProviderService.ListUserPools',
    'content-length': Buffer.byteLength(body),
  },
});
req.on('response', (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => process.stdout.write(Buffer.concat(chunks)));
});
req.end(body);
