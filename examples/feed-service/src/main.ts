import { startFeedService } from './service.js';

// `npm run start`: PGlite in memory unless DATABASE_URL is set; PORT (default 3000), HOST (default 127.0.0.1).
const service = await startFeedService({
  env: process.env,
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`feed-service listening on ${service.url} (${service.database})`);

const stop = (): void => {
  service.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
