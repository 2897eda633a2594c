/** A one-line progress bar on stderr (stdout stays clean for reports). */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const t0 = performance.now();
  let last = 0;
  return {
    update(done: number, total: number) {
      const now = performance.now();
      if (now - last < (stream.isTTY ? 100 : 2000) && done < total) return;
      last = now;
      const frac = total > 0 ? Math.min(1, done / total) : 1;
      const width = 30;
      const filled = Math.round(frac * width);
      const secs = (now - t0) / 1000;
      const rate = secs > 0 ? Math.round(done / secs) : 0;
      const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${secs.toFixed(1)}s ${rate.toLocaleString('en')}/s`;
      stream.write(stream.isTTY ? `\r${line}` : `${line}\n`);
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
