import { createServer } from 'node:http';

// The yardstick: the cheapest possible answer to GET /healthz from Node on this machine, with the
// body and content type Pathways sends. Run as its own process, like the Pathways servers.
const BODY = JSON.stringify({ status: 'ok' });

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/healthz') {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(BODY),
    });
    response.end(BODY);
    return;
  }
  response.writeHead(404).end();
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the baseline has no TCP address');
  console.log(`baseline is listening on http://127.0.0.1:${address.port}`);
});

process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
