import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database. The lock file holds the owner's pid; a second opener fails
 * at once. A lock left by a process that no longer runs (killed with SIGKILL) is taken over.
 */
export function acquireDataDirLock(dataDir: string, purpose: string): () => void {
  const path = join(dataDir, 'sexhandel.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n${purpose}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pidLine, holder] = readFileSync(path, 'utf8').split('\n');
      const pid = Number(pidLine);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new DataDirLockedError(
          `The data folder ${dataDir} is in use by ${holder || 'another process'} (pid ${pid}). ` +
            'The server is running: stop it, or use the admin screens.',
        );
      }
      unlinkSync(path);
    }
  }
  throw new DataDirLockedError(`Could not lock the data folder ${dataDir}`);
}
