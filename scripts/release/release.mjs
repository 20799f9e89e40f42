// `npm run release`: from pending changesets to packages on the registry.
//   1. build every public package from scratch (`--force`: a cached build may replay files
//      whose source is gone) and lint it (nothing is versioned if one would not publish);
//   2. `changeset version`: versions and CHANGELOG.md files from the changesets;
//   3. `npm install`: package-lock.json follows the new versions (changesets does not);
//   4. each package's VERSION constant follows its package.json;
//   5. publish.mjs: build again and `changeset publish` (with git tags).
// Commit and push the release commit and tags afterwards.
import { publish, sh } from './publish.mjs';
import { syncVersions } from './sync-versions.mjs';

sh('npx', ['turbo', 'run', 'build', '--force', '--output-logs=errors-only']);
sh('node', ['scripts/release/lint-packages.mjs']);
sh('npx', ['changeset', 'version']);
sh('npm', ['install', '--no-audit', '--no-fund']);
syncVersions();
publish();
