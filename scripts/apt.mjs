// apt-get for the scripts that install Debian packages (ensure-browser.mjs): when another
// install holds one of apt's locks, wait for it instead of failing at once ("Could not get
// lock", exit 100), and say so. apt 2.6 (Debian 12) waits by itself only for dpkg's lock
// (`DPkg::Lock::Timeout`); the lists' lock of `apt-get update` and the archives' lock of a
// download fail at once whatever the option says, so those are tried again until the same
// deadline.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Seconds to wait for a lock another install holds. */
export const LOCK_TIMEOUT = 600;

/** What apt prints when a lock is held, while it waits (dpkg's lock) or as it gives up. */
const HELD = /Could not get lock|Unable to lock|Waiting for cache lock/;

const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Runs `apt-get …args` (non-interactive) and resolves once it exits 0; rejects on any other
 * failure, or when a lock is still held after `timeout` seconds. apt's own lock messages are
 * replaced by one line saying what it waits for (`say`).
 */
export async function aptGet(
  args,
  { timeout = LOCK_TIMEOUT, retryEvery = 5, say = (line) => console.log(line) } = {},
) {
  const deadline = Date.now() + timeout * 1000;
  let told = false;
  const held = (line) => {
    if (told) return;
    told = true;
    say(
      `[relais] Waiting for Debian's package lock, held by another install (up to ${timeout} s): ${line.replace(/^[EW]: /, '')}`,
    );
  };
  for (;;) {
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    const result = await run(['-o', `DPkg::Lock::Timeout=${left}`, ...args], held);
    if (result.code === 0) return;
    if (!result.held || Date.now() + retryEvery * 1000 > deadline) {
      const why = result.held ? `: the lock was still held after ${timeout} s` : '';
      throw new Error(`apt-get ${args.join(' ')} exited with ${result.code}${why}`);
    }
    await sleep(retryEvery);
  }
}

/** One run of apt-get, its output relayed line by line but for the lock messages. */
function run(args, onHeld) {
  return new Promise((resolve, reject) => {
    const child = spawn('apt-get', args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    let held = false;
    const relays = [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ].map(
      ([from, to]) =>
        new Promise((done) => {
          const lines = createInterface({ input: from, crlfDelay: Infinity });
          lines.on('line', (line) => {
            if (!HELD.test(line)) return void to.write(`${line}\n`);
            held = true;
            onHeld(line.trim());
          });
          lines.on('close', done);
        }),
    );
    child.on('error', reject);
    child.on('close', async (code) => {
      await Promise.all(relays);
      resolve({ code: code ?? 1, held });
    });
  });
}
