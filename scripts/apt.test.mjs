// aptGet waits for a lock another install holds, and says so (scripts/apt.mjs). apt takes its
// locks with fcntl(), which Node cannot; python3 holds one here, on the lists folder of an
// `apt-get update` pointed at a folder of its own (empty sources, its own cache): the
// machine's package lists and cache are never touched. Needs root, apt-get and python3, as the
// browser install does; skipped elsewhere.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { aptGet } from './apt.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const skip =
  process.getuid?.() !== 0 || !has('apt-get') || !has('python3')
    ? 'needs root, apt-get and python3 (as the browser install does)'
    : false;

let work;
let update;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'relais-apt-'));
  for (const folder of ['lists/partial', 'cache/archives/partial', 'sources.list.d']) {
    mkdirSync(join(work, folder), { recursive: true });
  }
  writeFileSync(join(work, 'sources.list'), '');
  update = [
    ...['Dir::State::Lists=lists', 'Dir::Cache=cache', 'Dir::Etc::sourcelist=sources.list']
      .map((option) => option.replace(/=(.*)$/, (_, path) => `=${join(work, path)}`))
      .flatMap((option) => ['-o', option]),
    '-o',
    `Dir::Etc::sourceparts=${join(work, 'sources.list.d')}`,
    'update',
    '-qq',
  ];
});
after(() => rmSync(work, { recursive: true, force: true }));

/** Holds the lists lock for `seconds`; resolves once it is held, to the holder's exit. */
function holdLock(seconds) {
  const script = `import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.lockf(fd, fcntl.LOCK_EX)
print('held', flush=True)
time.sleep(float(sys.argv[2]))`;
  const holder = spawn('python3', ['-c', script, join(work, 'lists/lock'), String(seconds)]);
  const exited = new Promise((resolve) => holder.on('close', resolve));
  return new Promise((resolve, reject) => {
    holder.stdout.once('data', () => resolve({ exited }));
    holder.on('error', reject);
  });
}

test(
  'without waiting, apt-get fails at once on a held lock (what aptGet mends)',
  { skip },
  async () => {
    const { exited } = await holdLock(2);
    const plain = spawnSync('apt-get', update, { encoding: 'utf8' });
    assert.equal(plain.status, 100);
    assert.match(plain.stderr, /Could not get lock/);
    await exited;
  },
);

test('aptGet waits for the lock, says so once, then runs', { skip }, async () => {
  const { exited } = await holdLock(2.5);
  const said = [];
  const started = Date.now();
  await aptGet(update, { retryEvery: 0.5, say: (line) => said.push(line) });
  const waited = (Date.now() - started) / 1000;
  await exited;
  assert.ok(waited >= 1.5, `it ran after the lock was released, not before (${waited} s)`);
  assert.equal(said.length, 1, said.join('\n'));
  assert.match(said[0], /Waiting for Debian's package lock.*lists\/lock/);
});

test('aptGet gives up when the lock is still held at its deadline', { skip }, async () => {
  const { exited } = await holdLock(2.5);
  await assert.rejects(
    aptGet(update, { timeout: 1, retryEvery: 0.5, say: () => {} }),
    /the lock was still held after 1 s/,
  );
  await exited;
});
