import type { AddressInfo } from 'node:net';
import { openDatabase } from './database.js';
import { Feed } from './feed.js';
import { createFeedServer } from './http.js';

export interface RunningService {
  /** Base URL, e.g. http://127.0.0.1:3000 */
  readonly url: string;
  /** Where the data lives (PGlite in memory, or the server). */
  readonly database: string;
  /** Stops accepting requests, then closes the database. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** DATABASE_URL, PGLITE_DIR (see database.ts). */
  readonly env: NodeJS.ProcessEnv;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
}

/** Opens the database and serves the feed on it. */
export async function startFeedService(options: ServiceOptions): Promise<RunningService> {
  const database = await openDatabase(options.env);
  const server = createFeedServer(new Feed(database.db));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, resolve);
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    database: database.description,
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await database.close();
    },
  };
}
