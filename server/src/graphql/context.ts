import type { Database } from '../db/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Per-request context: the database, a fresh loader set, and who is asking. */
export interface Context {
  database: Database;
  loaders: Loaders;
  /** Name recorded in the audit log for changes made by this request. */
  actor: string;
}

export function createContext(database: Database, actor = 'anonymous'): Context {
  return { database, loaders: createLoaders(database), actor };
}
