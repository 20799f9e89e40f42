// What the site's end-to-end tests share: the site built for a local origin (its base
// address is where the test serves it), the findings with the words each page must show
// (read from the report's data, never from the pages), and the partner demo's browser
// harness (Chromium, or RELAIS_E2E_ENGINE=firefox or webkit for Firefox ESR or WebKitGTK).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getFigure, getPeople, getQuote } from '@relais/report-data';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { buildFindingsSite } from '../scripts/build.mjs';
import { ENGINE } from '../../partner-demo/e2e/harness.mjs';
import { RECORDER, RECORDER_PATH } from '../../partner-demo/e2e/webkit.mjs';

export {
  ROOT,
  ENGINE,
  axeViolations,
  launch,
  readElements,
  skipIn,
  watch,
} from '../../partner-demo/e2e/harness.mjs';

export const TAGS = ['relais-key-figure', 'relais-quote-card', 'relais-interviewee-list'].map(
  (tag) => ({ tag }),
);

/**
 * Builds the site into a temporary folder and serves it on 127.0.0.1 (`port`, or any free
 * port), as a static host would, with `Access-Control-Allow-Origin: *` as CDNs send (a
 * sandboxed frame's module script needs it). Resolves to { origin, out, pages, close }.
 */
export async function serveSite({ port = 0 } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'relais-site-'));
  const { server, origin } = await startStaticServer({
    port,
    mounts: { '/': out },
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  // The same pages where the module never loads (404): what a reader without JavaScript
  // gets, for the checks that need a script of their own in the page (axe-core cannot run
  // in a page whose JavaScript is disabled).
  const empty = mkdtempSync(join(tmpdir(), 'relais-site-nomodule-'));
  const bare = await startStaticServer({ mounts: { '/': out, '/assets/': empty } });
  const { pages } = await buildFindingsSite({ base: `${origin}/`, out });
  if (ENGINE === 'webkit') {
    // WebDriver sees no console: each page loads the harness's recorder first (webkit.mjs),
    // as the partner demo's test pages do; the rest of the page is as built.
    mkdirSync(dirname(join(out, RECORDER_PATH)), { recursive: true });
    writeFileSync(join(out, RECORDER_PATH), RECORDER);
    for (const { path } of pages) {
      const file = join(out, path, 'index.html');
      const html = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        html.replace('<head>', `<head>\n<script src="${origin}${RECORDER_PATH}"></script>`),
      );
    }
  }
  return {
    origin,
    withoutModule: bare.origin,
    out,
    pages,
    read: (path) => readFileSync(join(out, path), 'utf8'),
    async close() {
      await Promise.all([server, bare.server].map((s) => new Promise((r) => s.close(r))));
      rmSync(out, { recursive: true, force: true });
      rmSync(empty, { recursive: true, force: true });
    },
  };
}

/** Words the page must show for a finding, from the report's data. */
export function expectedWords(slug, locale) {
  const figure = getFigure(slug);
  if (figure) return [figure.label[locale]];
  const quote = getQuote(slug);
  if (quote) {
    // The first words of the quote: a long quote wraps, and the card draws its own marks.
    return [quote.text[locale].split(' ').slice(0, 6).join(' ')];
  }
  return getPeople({ include: 'interviewees' }).map((person) => person.familyName);
}

/** « Source : » / "Source:", then the report's publisher: every finding says where it is from. */
export const SOURCE_WORDS = { fr: 'Source :', en: 'Source:' };
