// PGlite allows one process per data directory; a second writer would corrupt or silently
// lose data. A lock file holding the owner's PID makes a second process fail with a clear
// message, while a lock left by a crashed process (its PID is gone) is taken over.
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";

export class DataDirLockedError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "portsafe.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(path, "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new DataDirLockedError(
          `The data directory ${dataDir} is in use by another PortSafe Desk process (PID ${owner}). ` +
            `Stop that process, or set DATA_DIR to another directory, or DATABASE_URL to use PostgreSQL.`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(
    `Could not lock the data directory ${dataDir}; try again.`,
  );
}
