// The public packages of the repository, found, never listed: every `packages/*/package.json`
// without `"private": true`. A new package joins the packaging lints, the changeset check and
// the registry round-trip by being public, with nothing to add to any script.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The one package allowed to bundle Lit and its siblings: the script-tag build. */
export const SCRIPT_TAG_PACKAGE = '@relais/embed';

/**
 * @typedef {object} PublicPackage
 * @property {string} name      `@relais/core`
 * @property {string} folder    `core`
 * @property {string} dir       absolute path of the package folder
 * @property {string} version
 * @property {Record<string, any>} manifest  the package.json
 * @property {boolean} isElement  it declares a `customElements` manifest
 */

/**
 * `root`: the repository (a temporary clone in the registry round-trip).
 * @returns {PublicPackage[]} sorted so that a package comes after the siblings it depends on
 */
export function publicPackages(root = ROOT) {
  const packagesDir = join(root, 'packages');
  const found = readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packagesDir, entry.name, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => {
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      const dir = dirname(file);
      return {
        name: manifest.name,
        folder: dir.slice(packagesDir.length + 1),
        dir,
        version: manifest.version,
        manifest,
        isElement: typeof manifest.customElements === 'string',
      };
    })
    .filter((pkg) => pkg.manifest.private !== true);
  return dependencyOrder(found);
}

/** Names of the workspace siblings a package depends on (dependencies and peers). */
export function siblingDependencies(pkg, all) {
  const declared = { ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies };
  return all.filter((other) => other.name in declared).map((other) => other.name);
}

function dependencyOrder(all) {
  const ordered = [];
  const visit = (pkg, path = []) => {
    if (ordered.includes(pkg) || path.includes(pkg)) return;
    for (const name of siblingDependencies(pkg, all)) {
      visit(
        all.find((other) => other.name === name),
        [...path, pkg],
      );
    }
    ordered.push(pkg);
  };
  for (const pkg of [...all].sort((a, b) => a.name.localeCompare(b.name))) visit(pkg);
  return ordered;
}

/** The tags an element package declares in its built custom-elements.json. */
export function declaredTags(pkg) {
  const file = join(pkg.dir, pkg.manifest.customElements);
  if (!existsSync(file)) return [];
  return customElementsFrom(JSON.parse(readFileSync(file, 'utf8'))).map(
    (element) => element.tagName,
  );
}

/** Every custom-element declaration of a custom-elements.json, with its tag name. */
export function customElementsFrom(manifest) {
  return (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const pkg of publicPackages()) {
    console.log(
      `${pkg.name}@${pkg.version}\tpackages/${pkg.folder}${pkg.isElement ? '\telement' : ''}`,
    );
  }
}
