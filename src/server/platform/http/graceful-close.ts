import type { FastifyInstance } from 'fastify';

/**
 * Lets requests in flight finish when the server closes, then lets their connections go. Without
 * this a browser's kept-alive connection would hold the close open until its keep-alive timeout.
 */
export function setUpGracefulClose(app: FastifyInstance) {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}
