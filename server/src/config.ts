import { fileURLToPath } from 'node:url';

/** Configuration from the environment, checked once at start. */
export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  /** Load the demo district when the database is empty. */
  demo: boolean;
  /**
   * `ATLAS_SHUTDOWN_TIMEOUT_MS`, 15,000: how long SIGTERM waits for the requests in flight (an
   * import may take a while) before cutting their connections.
   */
  shutdownTimeoutMs: number;
}

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.data/pglite', import.meta.url));

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer in 0..65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    dataDir: env.ATLAS_DATA_DIR ?? DEFAULT_DATA_DIR,
    demo: env.ATLAS_DEMO !== '0',
    shutdownTimeoutMs: shutdownTimeout(env.ATLAS_SHUTDOWN_TIMEOUT_MS),
  };
}

function shutdownTimeout(raw: string | undefined): number {
  const ms = Number(raw || 15_000);
  if (!Number.isInteger(ms) || ms < 0 || ms > 3_600_000) {
    throw new Error(`ATLAS_SHUTDOWN_TIMEOUT_MS must be 0..3600000 ms, got "${raw}"`);
  }
  return ms;
}
