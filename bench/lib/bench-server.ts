/**
 * The IPC side of a server the hierarchy bench forks (bench/lib/ours-server.ts and
 * peer-server.ts): tells the parent its port once listening, and answers `stats` with the
 * process's RSS, CPU time and (ours only) SQL statements sent, so the load generator (the parent)
 * does not share the server's event loop or its figures.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServerStats {
  rss: number;
  cpuMs: number;
  queries: number | null;
}

export type BenchServerMessage = { port: number } | { stats: ServerStats };

export async function announce(server: Server, queries: () => number | null): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const send = (m: BenchServerMessage) => process.send?.(m);
  process.on('message', (m) => {
    if (m !== 'stats') return;
    const cpu = process.cpuUsage();
    send({
      stats: {
        rss: process.memoryUsage().rss,
        cpuMs: (cpu.user + cpu.system) / 1000,
        queries: queries(),
      },
    });
  });
  // The parent going away (or closing the channel) ends the server.
  process.on('disconnect', () => process.exit(0));
  // A normal exit on SIGTERM (the parent's kill), so `--cpu-prof` writes its profile.
  process.on('SIGTERM', () => process.exit(0));
  send({ port: (server.address() as AddressInfo).port });
}
