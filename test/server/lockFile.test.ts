import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  DataDirLockedError,
  acquireDataDirLock,
} from "../../server/db/lockFile";

const dirs: string[] = [];
function freshDir() {
  const dir = mkdtempSync(join(tmpdir(), "portsafe-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() =>
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })),
);

describe("the data directory lock", () => {
  it("refuses a second opener while the first holds it, naming the holder's PID", () => {
    const dir = freshDir();
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(`PID ${process.pid}`);
    release();
    expect(existsSync(join(dir, "portsafe.lock"))).toBe(false);
  });

  it("takes over a lock left behind by a process that no longer exists", () => {
    const dir = freshDir();
    writeFileSync(join(dir, "portsafe.lock"), "2147483646");
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, "portsafe.lock"), "utf8")).toBe(
      String(process.pid),
    );
    release();
  });

  it("creates a data directory whose parents do not exist yet", () => {
    const dir = join(freshDir(), "a", "b");
    const release = acquireDataDirLock(dir);
    expect(existsSync(join(dir, "portsafe.lock"))).toBe(true);
    release();
  });
});
