// Publishes every public package whose current version is not on the registry yet: builds,
// then `changeset publish`, which skips a version already there (so a release run again
// never publishes twice). A step of `npm run release` (release.mjs).
//   node scripts/release/publish.mjs [--registry <url>]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ROOT } from './packages.mjs';

/** Runs a command in the repository root, inheriting output; throws on failure. */
export function sh(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
}

/**
 * `registry`: where to publish (else npm's configured registry). Never tags: the release
 * tags its commit afterwards (release.mjs), which `changeset publish` would do on HEAD before
 * anything is committed, and only for what it published this time.
 */
export function publish({ registry } = {}) {
  sh('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
  // changeset publish reads the registry from npm_config_registry (lower case) and, for a
  // registry that is not npm's, asks for no one-time password.
  const env = registry ? { npm_config_registry: registry } : {};
  sh('npx', ['changeset', 'publish', '--no-git-tag'], env);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { registry: { type: 'string' } } });
  publish({ registry: values.registry });
}
