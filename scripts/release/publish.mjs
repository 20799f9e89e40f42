// Publishes every public package whose current version is not on the registry yet: builds,
// then `changeset publish`. The last step of `npm run release`, and the publishing step of
// the registry round-trip (with `--registry http://127.0.0.1:… --no-git-tag`), so that the
// test publishes exactly as a release does.
//   node scripts/release/publish.mjs [--registry <url>] [--no-git-tag]
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
 * `registry`: where to publish (else npm's configured registry). `gitTag`: tag the release
 * commit (`@relais/core@0.2.0`), as a real release does; a test run leaves the repo alone.
 */
export function publish({ registry, gitTag = true } = {}) {
  sh('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
  // changeset publish reads the registry from npm_config_registry (lower case) and, for a
  // registry that is not npm's, asks for no one-time password.
  const env = registry ? { npm_config_registry: registry } : {};
  sh('npx', ['changeset', 'publish', ...(gitTag ? [] : ['--no-git-tag'])], env);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { registry: { type: 'string' }, 'no-git-tag': { type: 'boolean', default: false } },
  });
  publish({ registry: values.registry, gitTag: !values['no-git-tag'] });
}
