import { demoInputsHash, usableDemoSnapshot, writeDemoSnapshot } from '../demo/snapshot.ts';

/**
 * `pnpm demo:snapshot`: rebuilds server/data/demo-snapshot.tar.gz (the database the first
 * `pnpm start` restores). `--check` exits 1 when the committed one no longer matches the code.
 */
async function main() {
  if (process.argv.includes('--check')) {
    const s = usableDemoSnapshot();
    if ('why' in s) {
      console.error(`demo snapshot is out of date: ${s.why} (inputs ${demoInputsHash()}).`);
      console.error('Run `pnpm demo:snapshot` and commit server/data/.');
      process.exit(1);
    }
    console.log(`demo snapshot is current (inputs ${s.meta.inputsHash})`);
    return;
  }
  await writeDemoSnapshot((line) => console.log(`[demo:snapshot] ${line}`));
}

main().catch((e) => {
  console.error('demo:snapshot failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
