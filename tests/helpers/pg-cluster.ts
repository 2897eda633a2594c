import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process.ts';

/**
 * A PostgreSQL 15 cluster of a test's own (initdb + pg_ctl as user postgres, as .ci/run does when
 * no server runs), on a free loopback port, so the test may stop, restart and kill it without
 * touching the shared server. Debian's packages: postgresql-15 and postgresql-15-postgis-3.
 */
export const PG_BIN = '/usr/lib/postgresql/15/bin';
const POSTGIS_CONTROL = '/usr/share/postgresql/15/extension/postgis.control';

/** Why a private cluster cannot be started here, or null when it can. */
export function clusterSkipReason(): string | null {
  if (!existsSync(`${PG_BIN}/initdb`)) {
    return `${PG_BIN}/initdb is missing: apt-get install -y postgresql-15`;
  }
  if (!existsSync(POSTGIS_CONTROL))
    return 'PostGIS is missing: apt-get install -y postgresql-15-postgis-3';
  if (userInfo().uid !== 0) return 'initdb runs as user postgres through runuser, which needs root';
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    return 'there is no postgres user (apt-get install -y postgresql-15 creates it)';
  }
  return null;
}

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** pg_ctl stop -m fast: backends are terminated (57P01), in-flight transactions roll back. */
  stop(): void;
  start(): void;
  /** Stop and start again; returns the milliseconds it took. */
  restart(): number;
  /** Stops the cluster and removes its directory. */
  destroy(): void;
}

export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pg-'));
  const uid = execFileSync('id', ['-u', 'postgres']).toString().trim();
  const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
  chownSync(dir, Number(uid), Number(gid));
  const port = await freePort();
  const data = join(dir, 'data');
  const asPostgres = (bin: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  // -N: no fsync at initdb; fsync off at run time too: these tests stop PostgreSQL cleanly or
  // kill its clients, never the machine, so durability across an OS crash is not what they test.
  asPostgres('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '-N',
  ]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () =>
    void asPostgres('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  const stop = () => void asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    restart() {
      const t0 = performance.now();
      stop();
      start();
      return performance.now() - t0;
    },
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
