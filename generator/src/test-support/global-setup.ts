import { connectDb } from '../db/db-client.js';

/**
 * On the server, extensions are database-wide: create them once here, so parallel test files
 * applying DDL never race on CREATE EXTENSION.
 */
export async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const db = await connectDb(url);
  try {
    await db.exec('CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public');
  } finally {
    await db.close();
  }
}
