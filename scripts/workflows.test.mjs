// The workflows run what `npm test` needs, where it needs it (scripts/workflows.mjs): the
// committed files pass, actionlint finds nothing, and each step the check relies on, taken
// out of a copy, is reported by name. The copies are edited through a YAML document, so a
// breakage is what a person deleting or changing that key would commit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import {
  CI,
  RELEASE,
  actionlint,
  checkWorkflows,
  debianRelease,
  readFiles,
  readmeTestCommand,
} from './workflows.mjs';

const files = readFiles();
const debian = debianRelease();

/** The YAML path of the first step of the workflow at `path`'s job that `matches`. */
function step(path, matches) {
  const [job, { steps }] = Object.entries(parseDocument(files[path]).toJS().jobs)[0];
  const index = steps.findIndex(matches);
  assert.ok(index >= 0, `${path} job ${job}: the step to break is there`);
  return ['jobs', job, 'steps', index];
}
const checkout = (each) => each.uses?.startsWith('actions/checkout@');
const changesets = (each) => each.uses?.startsWith('changesets/action@');

/** A copy of `files` where the workflow at `path` went through `edit(document)`. */
function editYaml(path, edit) {
  const document = parseDocument(files[path]);
  edit(document);
  return { ...files, [path]: String(document) };
}

/** A copy of `files` where `path`'s text went through `edit(text)`, which must change it. */
function editText(path, edit) {
  const text = edit(files[path]);
  assert.notEqual(text, files[path], `the edit of ${path} changed nothing`);
  return { ...files, [path]: text };
}

test('the committed workflows run npm test where it runs here', () => {
  assert.deepEqual(checkWorkflows(files, { debian }), []);
  if (debian) {
    // The machine's own release, read from /etc/os-release: the check compared against it.
    assert.match(
      parseDocument(files[RELEASE]).getIn(['jobs', 'release', 'container', 'image']),
      new RegExp(`-${debian}$`),
    );
  }
});

test("the README's test command is found, and it is npm test", () => {
  assert.equal(readmeTestCommand(files['README.md']), 'npm test');
});

test('actionlint finds nothing in either workflow', async () => {
  for (const path of [RELEASE, CI]) {
    assert.deepEqual(await actionlint(files[path], path), [], path);
  }
});

test('actionlint reports a workflow GitHub would refuse', async () => {
  const broken = files[CI].replace('    container:', '    contaner:');
  assert.notEqual(broken, files[CI]);
  const findings = await actionlint(broken, CI);
  assert.ok(
    findings.some((finding) => /unexpected key "contaner"/.test(finding.message)),
    JSON.stringify(findings),
  );
  const badExpression = files[RELEASE].replace('secrets.NPM_TOKEN', 'secrets.NPM_TOKEN ||| x');
  assert.ok((await actionlint(badExpression, RELEASE)).length > 0);
});

/** [what breaks, the broken copy, what the check must say]. */
const BREAKAGES = [
  [
    'the release job loses its container',
    () => editYaml(RELEASE, (d) => d.deleteIn(['jobs', 'release', 'container'])),
    /release\.yml job release: no container/,
  ],
  [
    'the CI job loses its container',
    () => editYaml(CI, (d) => d.deleteIn(['jobs', 'test', 'container'])),
    /ci\.yml job test: no container/,
  ],
  [
    'the container is Ubuntu',
    () => editYaml(CI, (d) => d.setIn(['jobs', 'test', 'container', 'image'], 'ubuntu:24.04')),
    /ci\.yml job test: container image ubuntu:24.04 is not node:20-/,
  ],
  [
    'the container has another Node',
    () =>
      editYaml(RELEASE, (d) =>
        d.setIn(['jobs', 'release', 'container', 'image'], `node:22-${debian ?? 'bookworm'}`),
      ),
    /has Node 22, \.nvmrc 20/,
  ],
  [
    'the container runs as a user other than root',
    () =>
      editYaml(RELEASE, (d) => d.setIn(['jobs', 'release', 'container', 'options'], '--user node')),
    /must run as root/,
  ],
  [
    '.nvmrc disagrees with engines',
    () => editText('.nvmrc', () => '22\n'),
    /\.nvmrc says Node 22, package\.json engines\.node 20/,
  ],
  [
    'engines is not a lower bound',
    () => editText('package.json', (text) => text.replace('"node": ">=20"', '"node": "20.x"')),
    /engines\.node is not of the form/,
  ],
  [
    'the release checkout is shallow',
    () => editYaml(RELEASE, (d) => d.deleteIn([...step(RELEASE, checkout), 'with', 'fetch-depth'])),
    /release\.yml job release: the checkout must fetch the whole history/,
  ],
  [
    'the CI checkout is shallow',
    () => editYaml(CI, (d) => d.setIn([...step(CI, checkout), 'with', 'fetch-depth'], 1)),
    /ci\.yml job test: the checkout must fetch the whole history/,
  ],
  [
    'no id-token permission',
    () => editYaml(RELEASE, (d) => d.deleteIn(['permissions', 'id-token'])),
    /id-token: write is missing/,
  ],
  [
    'no provenance',
    () =>
      editYaml(RELEASE, (d) =>
        d.deleteIn([...step(RELEASE, changesets), 'env', 'NPM_CONFIG_PROVENANCE']),
      ),
    /NPM_CONFIG_PROVENANCE/,
  ],
  [
    'the version step runs something else',
    () =>
      editYaml(RELEASE, (d) =>
        d.setIn([...step(RELEASE, changesets), 'with', 'version'], 'npx changeset version'),
      ),
    /changesets\/action version is "npx changeset version"/,
  ],
  [
    'release:publish skips the tests',
    () =>
      editText('package.json', (text) =>
        text.replace('release.mjs publish"', 'release.mjs publish --skip-tests"'),
      ),
    /package\.json release:publish is "node scripts\/release\/release\.mjs publish --skip-tests"/,
  ],
  [
    'release.mjs runs a narrower test command',
    () =>
      editText('scripts/release/release.mjs', (text) =>
        text.replace("sh('npm', ['test'])", "sh('npm', ['run', 'test:browser'])"),
      ),
    /release\.mjs does not run the README's "npm test"/,
  ],
  [
    ".ci/run stops running the README's command",
    () => editText('.ci/run', (text) => text.replace(/^npm test$/m, 'npx turbo run build')),
    /\.ci\/run does not run the README's "npm test"/,
  ],
  [
    'CI runs something other than .ci/run',
    () =>
      editYaml(CI, (d) =>
        d.setIn([...step(CI, (each) => each.run === 'bash .ci/run'), 'run'], 'npm ci && npx wtr'),
      ),
    /no step runs "bash \.ci\/run"/,
  ],
  [
    "the release installs with the image's npm",
    () =>
      editYaml(RELEASE, (d) => {
        const [, , , index] = step(RELEASE, (each) => each.run?.includes('ensure-npm'));
        d.getIn(['jobs', 'release', 'steps']).delete(index);
      }),
    /release\.yml job release: node scripts\/ensure-npm\.mjs must run before npm ci/,
  ],
  [
    ".ci/run installs with the machine's npm",
    () => editText('.ci/run', (text) => text.replace('node scripts/ensure-npm.mjs\n', '')),
    /ci\.yml job test: node scripts\/ensure-npm\.mjs must run before npm ci/,
  ],
  [
    'CI no longer runs on pull requests',
    () => editYaml(CI, (d) => d.set('on', ['push'])),
    /ci\.yml: not run on pull_request/,
  ],
  [
    'a step that needs the hosted image (sudo, setup-node)',
    () =>
      editYaml(RELEASE, (d) => {
        const steps = d.getIn(['jobs', 'release', 'steps']);
        steps.add(d.createNode({ run: 'sudo apt-get install -y chromium' }));
        steps.add(d.createNode({ uses: 'actions/setup-node@v4', with: { 'node-version': 20 } }));
      }),
    /"sudo" is for a hosted runner's image[\s\S]*actions\/setup-node/,
  ],
];

test(
  'the check fails when the container is another Debian release than this machine',
  { skip: debian ? false : 'not a Debian machine (/etc/os-release): no release to compare with' },
  () => {
    const broken = editYaml(RELEASE, (d) =>
      d.setIn(['jobs', 'release', 'container', 'image'], 'node:20-bullseye'),
    );
    assert.match(
      checkWorkflows(broken, { debian }).join('\n'),
      new RegExp(`container image node:20-bullseye is not node:20-${debian}`),
    );
  },
);

for (const [name, broken, said] of BREAKAGES) {
  test(`the check fails when ${name}`, () => {
    const problems = checkWorkflows(broken(), { debian });
    assert.ok(problems.length > 0, 'no problem reported');
    assert.match(problems.join('\n'), said);
  });
}
