import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { START_FLAGS } from '../../backend/dist/start-flags';

/** Starting, stopping and measuring the server processes of the HTTP load bench (http.bench.ts). */

export type ServerName = 'ours' | 'fair' | 'bare';

/** Our built backend, and the peers built next to this file. */
export const SCRIPTS: Record<ServerName, string> = {
  ours: resolve(__dirname, '../../backend/dist/main.js'),
  fair: resolve(__dirname, 'peers/peer-server.js'),
  bare: resolve(__dirname, 'peers/peer-server.js'),
};

export interface Server {
  name: ServerName;
  url: string;
  child: ChildProcess;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Starts one server as its own process (stdout, where the access log goes, to /dev/null). */
export async function startProcess(name: ServerName, env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  // BENCH_PROFILE_DIR=/some/dir writes a V8 CPU profile of ours (on its clean exit) for a closer look;
  // BENCH_PROFILE_SERVERS=ours,fair profiles these servers instead.
  const profiled = (process.env.BENCH_PROFILE_SERVERS ?? 'ours').split(',');
  const profile = profiled.includes(name) && process.env.BENCH_PROFILE_DIR;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  // Ours starts as every launcher of the product starts it; BENCH_OURS_NODE_FLAGS="--max-semi-space-size=4 …"
  // replaces those flags (to try V8 settings).
  if (name === 'ours') {
    const given = process.env.BENCH_OURS_NODE_FLAGS;
    flags.push(...(given === undefined ? START_FLAGS : given.split(/\s+/).filter(Boolean)));
  }
  const child = spawn(process.execPath, [...flags, SCRIPTS[name]], {
    env: { PATH: process.env.PATH, ...env, PEER: name, PORT: String(port), HOST: '127.0.0.1' },
    // BENCH_OURS_STDOUT=/some/file keeps ours' standard output (its access log, --trace-gc lines).
    stdio: [
      'ignore',
      name === 'ours' && process.env.BENCH_OURS_STDOUT ? openSync(process.env.BENCH_OURS_STDOUT, 'w') : 'ignore',
      'inherit',
    ],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { name, url, child };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} (${SCRIPTS[name]}) did not answer /api/health within 120 s`);
}

export async function stopProcess(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  if (server.child.exitCode === null) {
    server.child.kill('SIGKILL');
    await exited;
  }
}

/** Resident memory of a process in MB, from /proc (null when it is gone or not Linux). */
export function rssMb(pid: number | undefined): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// Linux's USER_HZ: /proc counts CPU time in 1/100 s on every platform Node runs on.
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number | undefined): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLOCK_TICKS_PER_SECOND;
}
