// A real WordPress for the tests, started and stopped by them as the browsers are: Debian's
// `wordpress` package (6.1) served by `php -S`, on a MariaDB of its own in a temporary
// folder. Installed with apt when missing (as root), set up through its own forms and REST
// API (application passwords, allowed over HTTP because WP_ENVIRONMENT_TYPE is `local`).
// Nothing here reaches beyond 127.0.0.1: WordPress's outgoing requests are blocked except to
// 127.0.0.1, and it fetches oEmbed from the site's port through a one-filter must-use plugin.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptGet } from '../../../scripts/apt.mjs';
import { freePort } from '../../../scripts/browsers.mjs';

const WORDPRESS = '/usr/share/wordpress';
const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-curl',
  'php-xml',
  'php-mbstring',
];
const FOUND = {
  wordpress: () => existsSync(join(WORDPRESS, 'wp-settings.php')),
  theme: () => existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree/style.css')),
  mariadbd: () => existsSync('/usr/sbin/mariadbd'),
  php: () => commandExists('php') && phpHas(['mysqli', 'curl', 'dom', 'mbstring']),
};

function commandExists(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function phpHas(extensions) {
  const loaded = execFileSync('php', ['-m'], { encoding: 'utf8' }).toLowerCase();
  return extensions.every((extension) => loaded.includes(`\n${extension}\n`));
}

/**
 * Installs what is missing with apt-get, as scripts/ensure-browser.mjs does (waiting for
 * Debian's package lock when another install holds it); else throws.
 */
export async function ensureWordPress() {
  const missing = () => Object.entries(FOUND).filter(([, found]) => !found());
  if (!missing().length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !commandExists('apt-get')) {
    throw new Error(
      `WordPress test bed: missing ${missing()
        .map(([name]) => name)
        .join(', ')}; install them (Debian: \`sudo apt-get install ${PACKAGES.join(' ')}\`).`,
    );
  }
  console.log(`[relais] Installing ${PACKAGES.join(' ')} (apt-get; this may take minutes)…`);
  await aptGet(['update', '-qq']);
  await aptGet(['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES]);
  if (missing().length) throw new Error(`WordPress test bed: still missing after apt-get`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, check, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`WordPress test bed: ${what} timed out`);
    await sleep(200);
  }
}

/** Starts a process in its own group, so that ending the group ends everything it started. */
function start(command, args, options) {
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output = `${output}${chunk}`.slice(-4000)));
  child.stderr.on('data', (chunk) => (output = `${output}${chunk}`.slice(-4000)));
  return { child, output: () => output };
}

async function stop({ child }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/** Cookies of a fetch response, as one `cookie` header, merged into `jar`. */
function keepCookies(response, jar) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name] = pair.split('=');
    jar.set(name, pair);
  }
  return [...jar.values()].join('; ');
}

/**
 * Starts WordPress at http://127.0.0.1:<port>/ allowed to fetch oEmbed from `sitePort`.
 * Resolves to { origin, as(role) → REST client, setDisallowUnfilteredHtml(on), stop() }.
 */
export async function startWordPress({ sitePort }) {
  await ensureWordPress();
  const work = mkdtempSync(join(tmpdir(), 'relais-wordpress-'));
  const name = `relais-test-${process.pid}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const socket = join(work, 'mysqld.sock');
  const processes = [];
  const cleanup = async () => {
    for (const running of processes.reverse()) await stop(running);
    rmSync(config, { force: true });
    rmSync(work, { recursive: true, force: true });
  };
  try {
    // The database: its own data folder, socket only, no password (nothing else can reach it).
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${join(work, 'db')}`,
        '--user=root',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'ignore' },
    );
    const database = start('/usr/sbin/mariadbd', [
      '--no-defaults',
      `--datadir=${join(work, 'db')}`,
      `--socket=${socket}`,
      `--pid-file=${join(work, 'mysqld.pid')}`,
      '--skip-networking',
      '--user=root',
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
    ]);
    processes.push(database);
    await until('mariadbd', () => existsSync(socket), 60_000).catch((error) => {
      throw new Error(`${error.message}\n${database.output()}`);
    });
    execFileSync('mariadb', [
      '--no-defaults',
      `--socket=${socket}`,
      '-uroot',
      '-e',
      'CREATE DATABASE wordpress',
    ]);

    // wp-content of its own (themes from the package), and the one-filter must-use plugin.
    const content = join(work, 'wp-content');
    mkdirSync(join(content, 'mu-plugins'), { recursive: true });
    mkdirSync(join(content, 'plugins'));
    mkdirSync(join(content, 'uploads'));
    symlinkSync(join(WORDPRESS, 'wp-content/themes'), join(content, 'themes'));
    writeFileSync(
      join(content, 'mu-plugins/relais-site-port.php'),
      `<?php
// The findings' site is served on 127.0.0.1:${sitePort}; WordPress fetches oEmbed only
// from ports 80, 443, 8080 and its own unless told.
add_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${sitePort}; return $ports; });
`,
    );
    const disallowFlag = join(work, 'disallow-unfiltered-html');
    writeFileSync(
      config,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
if (file_exists('${disallowFlag}')) define('DISALLOW_UNFILTERED_HTML', true);
`,
    );
    // Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php when the
    // server sets it (Apache's SetEnv): a prepended file sets it for php -S.
    const prepend = join(work, 'prepend.php');
    writeFileSync(prepend, `<?php $_SERVER['WORDPRESS_CONFIG'] = '${name}';\n`);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const server = start(
      'php',
      ['-d', `auto_prepend_file=${prepend}`, '-S', `127.0.0.1:${port}`, '-t', WORDPRESS],
      { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } },
    );
    processes.push(server);
    await until('php -S', async () => (await fetch(`${origin}/wp-admin/install.php`)).ok).catch(
      (error) => {
        throw new Error(`${error.message}\n${server.output()}`);
      },
    );

    // Install, as the form does.
    const adminPassword = `relais-${process.pid}-${Date.now()}`;
    const installed = await fetch(`${origin}/wp-admin/install.php?step=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        weblog_title: 'Association partenaire',
        user_name: 'admin',
        admin_password: adminPassword,
        admin_password2: adminPassword,
        pw_weak: '1',
        admin_email: 'admin@example.org',
        blog_public: '0',
        language: '',
      }),
    });
    const installPage = await installed.text();
    if (!installPage.includes('wp-login.php')) {
      throw new Error(`WordPress install failed: ${installPage.slice(0, 500)}`);
    }

    // The administrator's application password: logged in by the form, then the REST API
    // with the nonce WordPress gives a logged-in user.
    const jar = new Map([['wordpress_test_cookie', 'wordpress_test_cookie=WP%20Cookie%20check']]);
    const login = await fetch(`${origin}/wp-login.php`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: [...jar.values()].join('; '),
      },
      body: new URLSearchParams({ log: 'admin', pwd: adminPassword, testcookie: '1' }),
    });
    const cookie = keepCookies(login, jar);
    const nonce = await (
      await fetch(`${origin}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { cookie } })
    ).text();
    const rest = (route) => `${origin}/?rest_route=${encodeURIComponent(route)}`;
    const created = await fetch(rest('/wp/v2/users/me/application-passwords'), {
      method: 'POST',
      headers: { cookie, 'x-wp-nonce': nonce, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'relais-tests' }),
    });
    if (!created.ok)
      throw new Error(`application password: ${created.status} ${await created.text()}`);
    const admin = clientFor(rest, 'admin', (await created.json()).password);

    const users = { administrator: admin };
    for (const role of ['author', 'editor']) {
      const user = await admin.post('/wp/v2/users', {
        username: role,
        email: `${role}@example.org`,
        password: `${adminPassword}-${role}`,
        roles: [role],
      });
      const { password } = await admin.post(`/wp/v2/users/${user.id}/application-passwords`, {
        name: 'relais-tests',
      });
      users[role] = clientFor(rest, role, password);
    }

    return {
      origin,
      as: (role) => users[role],
      setDisallowUnfilteredHtml(on) {
        if (on) writeFileSync(disallowFlag, '');
        else rmSync(disallowFlag, { force: true });
      },
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** A REST client authenticated with a user's application password. */
function clientFor(rest, username, password) {
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  return {
    async post(route, body) {
      const response = await fetch(rest(route), {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok)
        throw new Error(`${username} POST ${route}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    },
    /** Publishes a post; resolves to its public address. */
    async publish(title, content) {
      const post = await this.post('/wp/v2/posts', { title, content, status: 'publish' });
      return post.link;
    },
  };
}
