import os from 'node:os';

/** The machine a figure was measured on: CPU, cores, memory, Node, load average now. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const gib = (os.totalmem() / 2 ** 30).toFixed(0);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${cpu}, ${os.cpus().length} cores, ${gib} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, load average ${load}`;
}
