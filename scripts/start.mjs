// `npm start`: builds what the catalogue and the demo need, then serves Storybook and the
// partner demo on localhost and prints their URLs. Ctrl-C stops both.
import { spawn, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
const STORYBOOK_PORT = Number(process.env.STORYBOOK_PORT ?? 6006);
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 8080);
// The findings' site is built for this address (apps/site/scripts/build.mjs DEFAULT_BASE).
const SITE_PORT = 8090;

execSync('npx turbo run build --output-logs=errors-only', { stdio: 'inherit' });

const storybook = spawn(
  'npx',
  [
    'storybook',
    'dev',
    '-p',
    String(STORYBOOK_PORT),
    '--host',
    '127.0.0.1',
    '--ci',
    '--quiet',
    '--no-open',
  ],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);

const urls = [`Storybook (the catalogue):  http://127.0.0.1:${STORYBOOK_PORT}/`];
if (existsSync('apps/partner-demo/index.html')) {
  const { origin } = await startStaticServer({
    port: DEMO_PORT,
    mounts: { '/': 'apps/partner-demo', '/embed/': 'packages/embed/dist' },
  });
  urls.push(`Partner demo (script tag):  ${origin}/`);
}
if (existsSync('apps/site/dist/pages.json')) {
  const { origin } = await startStaticServer({
    port: SITE_PORT,
    mounts: { '/': 'apps/site/dist' },
    // A static host or CDN's header: a page framed by WordPress (sandboxed, origin null)
    // loads its module only with it; without it, the pre-rendered finding shows all the same.
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  urls.push(`Findings by URL:            ${origin}/fr/eloignes-du-numerique/`);
}
console.log(
  `\n${urls.join('\n')}\n(Storybook is ready when it prints its own banner; Ctrl-C stops everything.)\n`,
);

const stop = () => {
  storybook.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
storybook.on('exit', (code) => process.exit(code ?? 0));
