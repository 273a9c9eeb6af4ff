import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/support/test-app.ts';
import { useTestDatabase } from '../../test/support/test-database.ts';

describe('graceful shutdown', () => {
  const database = useTestDatabase();

  it('finishes a request in flight when closing, and refuses new ones', async () => {
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    let finish!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));
    const app = await buildTestApp({
      db: database().db,
      routes: (probe) =>
        probe.get('/api/v1/probe/slow', { config: { access: 'public' } }, async () => {
          arrived();
          await mayFinish;
          return { finished: true };
        }),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const inFlight = fetch(`${origin}/api/v1/probe/slow`);
    await requestArrived;
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    // A new request now finds the door closed: refused at connection, or 503 on a kept-alive one.
    const during = await newConnectionStatus(`${origin}/healthz`);
    expect([503, 'refused']).toContain(during);
    expect(closed).toBe(false);

    finish();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closing;
    expect(closed).toBe(true);
  });
});

/** The status of a GET on a connection of its own, or 'refused' when no connection is taken. */
function newConnectionStatus(url: string): Promise<number | 'refused'> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve('refused'));
  });
}
