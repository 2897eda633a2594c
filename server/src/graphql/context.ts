import type { Database } from '../db/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Per-request context: the database, a fresh loader set, and (later) the signed-in user. */
export interface Context {
  database: Database;
  loaders: Loaders;
}

export function createContext(database: Database): Context {
  return { database, loaders: createLoaders(database) };
}
