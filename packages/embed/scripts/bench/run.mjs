// `npm run bench` (root): where Relais stands. Sizes against Lit alone and the peer
// (@rhds/elements), where the bytes of relais.js go (its source map), render cost and
// memory in Chromium against static HTML and the peer, and Lighthouse on the partner demo
// with and without the embed. Prints one report and writes it as bench-results/bench.json
// and bench-results/bench.md at the repository's root. No network: everything is served
// from 127.0.0.1. The root script builds @relais/embed and what it bundles first.
//
// Options: --runs=7 (interleaved runs per render measure, medians), --counts=50,200,1000,
// --skip=render,lighthouse (parts to leave out while working on another).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../../../scripts/chrome.mjs';
import { startStaticServer } from '../../../../scripts/static-server.mjs';
import { ELEMENTS, PACKAGE_DIR } from '../bundle.mjs';
import { breakdown, locator } from './breakdown.mjs';
import { measurePageImpact } from './lighthouse.mjs';
import { BLANK_PAGE, measureRender, prepareVariants, profileRender } from './render.mjs';
import { asMarkdown, asText, format } from './report.mjs';
import { DIST, measureSizes } from './sizes.mjs';

const ROOT = join(PACKAGE_DIR, '../..');
const OUT = join(ROOT, 'bench-results');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    counts: { type: 'string', default: '50,200,1000' },
    skip: { type: 'string', default: '' },
  },
});
const runs = Number(options.runs);
const counts = options.counts.split(',').map(Number);
const skip = new Set(options.skip.split(',').filter(Boolean));
if (!(runs >= 1) || counts.some((n) => !(n >= 1))) {
  throw new Error('--runs and --counts take whole numbers above 0.');
}

const started = Date.now();
const log = (message) =>
  process.stderr.write(`[bench ${Math.round((Date.now() - started) / 1000)} s] ${message}\n`);
const workDir = mkdtempSync(join(tmpdir(), 'relais-bench-'));
const peerDir = join(workDir, 'peer');
const pageDir = join(workDir, 'page');
mkdirSync(pageDir);
writeFileSync(join(pageDir, 'blank.html'), BLANK_PAGE);

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageAtStart: loadavg() },
  node: process.version,
};
try {
  log('sizes');
  const sizeResult = await measureSizes(peerDir);
  result.sizes = sizeResult.rows;
  result.peerWarnings = Object.fromEntries(
    Object.entries(sizeResult.peers).map(([tag, built]) => [tag, built.warnings]),
  );
  log('breakdown of relais.js');
  result.breakdown = breakdown(join(DIST, 'relais.js'));

  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  result.chromium = browser.version();
  const { server, origin } = await startStaticServer({
    mounts: { '/': pageDir, '/embed/': DIST, '/peer/': peerDir },
  });
  try {
    if (!skip.has('render')) {
      log(`render: ${ELEMENTS.length} element(s) × ${counts.join('/')} × ${runs} runs`);
      const variants = await prepareVariants({ browser, origin, elements: ELEMENTS });
      result.render = await measureRender({ browser, origin, variants, counts, runs, log });
      log('CPU profile of the largest insert');
      result.profile = await profileRender({
        browser,
        origin,
        variants,
        n: Math.max(...counts),
        locate: locator(join(DIST, 'relais.js')),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (!skip.has('lighthouse')) {
    log('Lighthouse, partner demo with and without the embed');
    result.lighthouse = await measurePageImpact({ root: ROOT, dist: DIST, workDir });
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
result.machine.loadAverageAtEnd = loadavg();
result.seconds = Math.round((Date.now() - started) / 1000);

const sections = [machineSection(), sizeSection(), ...breakdownSections()];
if (result.render) sections.push(renderSection(), memorySection(), ...profileSections());
if (result.lighthouse) sections.push(lighthouseSection());
console.log(asText(sections));
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(OUT, 'bench.md'), asMarkdown('Relais benchmark', sections));
console.log(`\nWritten: bench-results/bench.json, bench-results/bench.md (${result.seconds} s).`);

function machineSection() {
  const load = (values) => values.map((value) => value.toFixed(1)).join(' / ');
  return {
    title: 'Machine',
    columns: [
      { name: 'what', align: 'left' },
      { name: 'value', align: 'left' },
    ],
    rows: [
      ['CPUs', `${result.machine.cpus} × ${result.machine.cpuModel}`],
      ['load average 1/5/15 min, start', load(result.machine.loadAverageAtStart)],
      ['load average 1/5/15 min, end', load(result.machine.loadAverageAtEnd)],
      ['Chromium', result.chromium],
      ['Node', result.node],
      ['date', result.date],
      ['render runs (medians of)', result.render ? String(result.render.runs) : 'skipped'],
    ],
    notes: [
      'A load average above the CPU count means other work shared the machine: timings are then noisier.',
    ],
  };
}

function sizeSection() {
  return {
    title: 'Size (bytes; brotli quality 11, gzip level 9; ratio = brotli ÷ Lit alone)',
    columns: [
      { name: 'file', align: 'left' },
      { name: 'raw' },
      { name: 'gzip' },
      { name: 'brotli' },
      { name: '× Lit' },
      { name: 'note', align: 'left' },
    ],
    rows: result.sizes.map((row) => [
      row.name,
      format.bytes(row.raw),
      format.bytes(row.gzip),
      format.bytes(row.brotli),
      format.ratio(row.ratioToLit),
      row.note ?? '',
    ]),
    notes: [
      'Every row is built with the Rollup plugins and terser settings of dist/ (scripts/bundle.mjs).',
    ],
  };
}

function breakdownSections() {
  const { total, groups, modules } = result.breakdown;
  const table = (title, rows) => ({
    title,
    columns: [
      { name: 'from', align: 'left' },
      { name: 'bytes' },
      { name: 'share' },
      { name: 'brotli saved if cut' },
    ],
    rows: rows.map((row) => [
      row.name,
      format.bytes(row.bytes),
      format.percent(row.share),
      format.bytes(row.brotliSaved),
    ]),
  });
  return [
    {
      ...table(
        `Where the bytes of relais.js go, by package (source map; ${format.bytes(total.raw)} B raw, ${format.bytes(total.brotli)} B brotli)`,
        groups,
      ),
      notes: [
        'bytes: minified output traced to each source; "brotli saved if cut": brotli(relais.js) − brotli(relais.js without those bytes).',
        'Unmapped bytes are the banner and the glue terser writes between modules (and CSS text whose mapping a plugin dropped).',
      ],
    },
    table('Where the bytes of relais.js go, by module', modules),
  ];
}

function renderSection() {
  const { render } = result.render;
  const growth = [];
  for (const element of new Set(render.map((row) => row.element))) {
    const rows = render.filter((row) => row.element === element);
    const first = rows[0];
    const last = rows.at(-1);
    const perElement = (row, kind) => row[kind] / row.n;
    growth.push(
      `<${element}> ${first.n} → ${last.n}: ratio to static ${format.ratio(first.ratio)} → ${format.ratio(last.ratio)} ` +
        `(× ${format.number(last.ratio / first.ratio, 2)}); ms per element ` +
        `${format.number(perElement(first, 'relais'), 3)} → ${format.number(perElement(last, 'relais'), 3)} ` +
        `(static ${format.number(perElement(first, 'static'), 3)} → ${format.number(perElement(last, 'static'), 3)})`,
    );
  }
  return {
    title: `Render in Chromium: ms from inserting N elements until updated and laid out (median of ${result.render.runs} interleaved runs)`,
    columns: [
      { name: 'element', align: 'left' },
      { name: 'N' },
      { name: 'Relais' },
      { name: 'static HTML' },
      { name: 'peer' },
      { name: 'Relais ÷ static' },
      { name: 'peer ÷ static' },
      { name: 'Relais ÷ static, fastest runs' },
      { name: 'peer element', align: 'left' },
    ],
    rows: render.map((row) => [
      `<${row.element}>`,
      format.number(row.n),
      format.ms(row.relais),
      format.ms(row.static),
      format.ms(row.peer),
      format.ratio(row.ratio),
      format.ratio(row.peerRatio),
      format.ratio(row.fastestRatio),
      row.peerTag ? `<${row.peerTag}>` : '(none)',
    ]),
    notes: [
      "static HTML: the element's own rendering of the same samples, serialised into plain elements, its CSS written once.",
      ...growth,
    ],
  };
}

function memorySection() {
  const { memory } = result.render;
  const kb = (bytes) => (bytes === undefined ? '—' : format.number(bytes / 1024, 2));
  return {
    title: `Memory after ${format.number(memory[0]?.n ?? 0)} elements (per element, after garbage collection; median of 3)`,
    columns: [
      { name: 'element', align: 'left' },
      { name: 'JS heap KiB: Relais' },
      { name: 'static' },
      { name: 'peer' },
      { name: 'DOM nodes: Relais' },
      { name: 'static' },
      { name: 'peer' },
    ],
    rows: memory.map((row) => [
      `<${row.element}>`,
      kb(row.relais.heap),
      kb(row.static.heap),
      kb(row.peer?.heap),
      format.number(row.relais.nodes, 1),
      format.number(row.static.nodes, 1),
      row.peer ? format.number(row.peer.nodes, 1) : '—',
    ]),
    notes: ['DOM nodes count shadow trees and the fallback paragraph kept in the light DOM.'],
  };
}

function profileSections() {
  return result.profile.map((profile) => ({
    title: `Where the render time goes: <${profile.element}>, N = ${format.number(profile.n)} (CPU profile, self time, ${format.ms(profile.totalMs)} ms in all)`,
    columns: [
      { name: 'package, or source line of relais.js', align: 'left' },
      { name: 'ms' },
      { name: 'share' },
    ],
    rows: [
      ...profile.groups.map((row) => [row.name, format.ms(row.ms), format.percent(row.share)]),
      ['— by source line (top 15) —', '', ''],
      ...profile.lines.map((row) => [row.name, format.ms(row.ms), format.percent(row.share)]),
    ],
    notes: [
      "Lines are those of each package's dist/ file (tsc output), which follow its src/ closely.",
    ],
  }));
}

function lighthouseSection() {
  const { withEmbed, withoutEmbed } = result.lighthouse;
  const rows = [
    ['performance', (r) => r.performance],
    ['accessibility', (r) => r.accessibility],
    ['best-practices', (r) => r['best-practices']],
    ['SEO', (r) => r.seo],
    ['cumulative layout shift', (r) => format.number(r.cls, 3)],
    ['total blocking time (ms)', (r) => format.number(r.tbt)],
    ['first contentful paint (ms)', (r) => format.number(r.fcp)],
    ['largest contentful paint (ms)', (r) => format.number(r.lcp)],
    ['transferred bytes', (r) => format.bytes(r.transferred)],
    ['requests', (r) => r.requests],
  ];
  const failed = (r) => (r.failed.length ? r.failed.join(', ') : 'none');
  return {
    title: `Lighthouse ${withEmbed.lighthouseVersion}, apps/partner-demo, mobile (simulated slow 4G, 4× CPU slowdown), served with brotli`,
    columns: [
      { name: 'metric', align: 'left' },
      { name: 'with the embed' },
      { name: 'without (baseline)' },
    ],
    rows: rows.map(([name, read]) => [name, read(withEmbed), read(withoutEmbed)]),
    notes: [
      `audits not passed, with the embed: ${failed(withEmbed)}`,
      `without: ${failed(withoutEmbed)}`,
    ],
  };
}
