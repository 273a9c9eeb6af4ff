import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database created for one benchmark run on the server DATABASE_URL points at. */
export interface ScratchDatabase {
  name: string;
  url: string;
  /** DROP DATABASE … WITH (FORCE): gone even if a connection was left open. */
  drop(): Promise<void>;
}

/**
 * Creates `pathways_bench_<random>` on the server of `serverUrl`, connecting as its user, so a run
 * starts from an empty schema and never touches the database named in the URL.
 */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `pathways_bench_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withClient(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
