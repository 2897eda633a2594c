#!/usr/bin/env node
// Smoke test of the README itself (issue 10): a fresh clone of the current commit into a
// temporary folder (no .data/, no node_modules/), the README's first command run exactly as
// written (PORT through the environment), then what a new user does first: sign in as a demo
// user with the password the first start printed, ask the hierarchy, open the map page, ask one
// map query; stop, start again on the same folder (the restart path), ask again, stop.
// Prints the seconds from the command to "ready" for the cold and the warm start.
// Exit code 0 when every step passed; 1 with the server's last lines otherwise.
// Usage: node tests/smoke/readme-start.mjs [--keep]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const READY_TIMEOUT_MS = 15 * 60_000; // a cold install on a slow CI machine included
const keep = process.argv.includes('--keep');

/** The README's first command: the line after "# run the main job" in its first sh block. */
export function readmeStartCommand(readme) {
  const block = readme.match(/```sh\n([\s\S]*?)```/);
  if (!block) throw new Error('README.md has no ```sh block with the two commands');
  const lines = block[1].split('\n');
  const i = lines.findIndex((l) => /^#\s*run the main job/.test(l));
  const cmd = i >= 0 ? lines[i + 1]?.trim() : undefined;
  if (!cmd || !/\bstart\b/.test(cmd)) {
    throw new Error('README.md: no start command after "# run the main job"');
  }
  return cmd;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Runs the command in its own process group; resolves at "[atlas] ready" with timings. */
function runUntilReady(cmd, cwd, port) {
  const env = { ...process.env, PORT: String(port) };
  delete env.DATABASE_URL; // the README's main job is the embedded database
  delete env.ATLAS_DATA_DIR;
  delete env.NODE_ENV;
  const t0 = performance.now();
  const child = spawn('bash', ['-c', cmd], { cwd, env, detached: true, stdio: 'pipe' });
  let out = '';
  let startedAt = null;
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready within ${READY_TIMEOUT_MS / 1000} s`)),
      READY_TIMEOUT_MS,
    );
    const onData = (chunk) => {
      out += chunk;
      // pnpm echoes each script it runs: the root start script marks the end of the install.
      if (startedAt === null && /> coverage-atlas@\S+ start/.test(out))
        startedAt = performance.now();
      if (/\[atlas\] ready/.test(out)) {
        clearTimeout(timer);
        const now = performance.now();
        resolve({
          total: (now - t0) / 1000,
          start: startedAt === null ? NaN : (now - startedAt) / 1000,
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the command exited before ready (code ${code}, signal ${signal})`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    const t = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 15_000);
    await exited;
    clearTimeout(t);
  };
  return { ready, stop, output: () => out };
}

async function gql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** What a new user does first, against a running server. */
async function checkAsNewUser(base, username, password) {
  const { signIn } = await gql(
    base,
    'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
  const token = signIn.token;
  const { districts } = await gql(
    base,
    `{ districts { code name subdistricts { code name grids { code name } } } }`,
    {},
    token,
  );
  const d = districts[0];
  const grids = d?.subdistricts.flatMap((s) => s.grids) ?? [];
  if (!d || d.subdistricts.length === 0 || grids.length === 0) {
    throw new Error(`hierarchy is empty: ${JSON.stringify(districts).slice(0, 200)}`);
  }
  const page = await fetch(`${base}/`);
  const html = await page.text();
  if (page.status !== 200 || !html.includes('<div id="root"')) {
    throw new Error(`GET / answered ${page.status} without the map page`);
  }
  const { mapGrids } = await gql(
    base,
    `{ mapGrids(viewport: { bbox: { minLon: 116.3, minLat: 39.9, maxLon: 117.0, maxLat: 40.4 }, zoom: 9 }) { id organizations } }`,
    {},
    token,
  );
  if (mapGrids.length === 0) throw new Error('mapGrids answered no grid for the district view');
  return `${d.name}: ${d.subdistricts.length} subdistricts, ${grids.length} grids; map ${mapGrids.length} grids`;
}

async function main() {
  const cmd = readmeStartCommand(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], {
    encoding: 'utf8',
  }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-readme-'));
  const clone = join(dir, 'clone');
  console.log(`[smoke] fresh clone of ${commit.slice(0, 10)} in ${clone}`);
  execFileSync('git', ['clone', '-q', '--no-hardlinks', ROOT, clone]);
  execFileSync('git', ['-C', clone, 'checkout', '-q', commit]);
  console.log(`[smoke] README's first command: ${cmd}`);
  const times = {};
  let run;
  try {
    for (const phase of ['cold', 'warm']) {
      const port = await freePort();
      run = runUntilReady(cmd, clone, port);
      const t = await run.ready;
      times[phase] = t;
      const out = run.output();
      // the server's own phase lines, with their seconds, for the CI log
      for (const line of out.split('\n').filter((l) => /^\[atlas\] /.test(l))) {
        console.log(`[smoke]   ${line}`);
      }
      if (phase === 'cold') {
        if (!/demo district restored/.test(out)) {
          throw new Error(
            'the first start did not restore the demo snapshot (run `pnpm demo:snapshot` and commit server/data/)',
          );
        }
      } else if (/demo district|demo users/.test(out)) {
        throw new Error(
          'the restart loaded the demo again instead of opening the existing database',
        );
      }
      const user = out.match(/^\s+planner\s+(\S+)\s+planner\b/m);
      if (phase === 'cold' && !user)
        throw new Error('the first start printed no demo user "planner"');
      if (phase === 'cold') times.password = user[1];
      const summary = await checkAsNewUser(`http://127.0.0.1:${port}`, 'planner', times.password);
      console.log(
        `[smoke] ${phase} start: ready ${t.start.toFixed(1)} s after \`pnpm start\` began ` +
          `(${t.total.toFixed(1)} s for the whole command incl. install); ${summary}`,
      );
      await run.stop();
      run = undefined;
    }
    console.log(
      `[smoke] passed: cold ${times.cold.start.toFixed(1)} s, warm ${times.warm.start.toFixed(1)} s (command to ready, start part)`,
    );
  } catch (e) {
    console.error(`[smoke] FAILED: ${e instanceof Error ? e.message : e}`);
    if (run) {
      console.error('[smoke] last output:\n' + run.output().split('\n').slice(-40).join('\n'));
      await run.stop();
    }
    process.exitCode = 1;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
