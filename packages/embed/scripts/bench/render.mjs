// Render cost and memory in Chromium, for every element of src/elements.json:
// - relais: N elements as a partner pastes them (attributes of the element's samples in turn,
//   with the fallback paragraph inside), in a page that has loaded relais.js;
// - static: the same content as static HTML, the "twin": each sample rendered once by the
//   element itself, its shadow tree serialised into a plain <div> with the host's attributes,
//   and its styles written once in a <style> of the page (`:host` → the twin's class);
// - peer: the same words in the peer's element (peers.mjs), in a page that has loaded it.
// Time: from setting the markup until every element has finished its update
// (`updateComplete`) and style and layout are done (read synchronously: offsetHeight).
// Paint is left out: it is the same work for the three. Each measure runs in a fresh page.
import { elementHtml } from '../../../../apps/partner-demo/e2e/harness.mjs';
import { peerOf } from './peers.mjs';

export const BLANK_PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Relais bench</title><link rel="icon" href="data:,"></head>
<body><div id="host"></div></body>
</html>`;

/** Heap readings after garbage collection barely move: a median of three is plenty. */
const MEMORY_READINGS = 3;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The twin of `<tag>` is a `<div class="twin-tag">`. */
const TWIN_PREFIX = 'twin-';

/**
 * Renders one element in the page and reads what its twin and its peer need: `twin`, its
 * rendering as plain HTML (every shadow tree, nested ones too, serialised in place: a host
 * becomes `<div class="twin-<tag>">` with its attributes, a slot becomes what it shows);
 * `css`, per tag, the styles of those shadow trees scoped to the twin's class (`:host` →
 * the class, any other selector → a descendant of it); `parts`, the text of each `part`.
 * Runs in the page: it uses nothing from outside.
 */
function readRendered({ html, prefix }) {
  const VOID = new Set([
    'area',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'source',
    'wbr',
  ]);
  const escapeText = (text) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attributesOf = (element, extraClass) => {
    const list = [...element.attributes].filter(({ name }) => !(extraClass && name === 'class'));
    const cls = extraClass
      ? ` class="${[extraClass, element.getAttribute('class') ?? ''].join(' ').trim()}"`
      : '';
    return (
      cls +
      list
        .map(({ name, value }) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`)
        .join('')
    );
  };
  /** Splits a selector list on its top-level commas. */
  const selectors = (text) => {
    const out = [''];
    let depth = 0;
    for (const char of text) {
      if (char === '(' || char === '[') depth += 1;
      if (char === ')' || char === ']') depth -= 1;
      if (char === ',' && depth === 0) out.push('');
      else out[out.length - 1] += char;
    }
    return out.map((one) => one.trim()).filter(Boolean);
  };
  const scope = (selectorText, cls) =>
    selectors(selectorText)
      .map((selector) => {
        const flat = selector.replace(/::slotted\(/g, ':is(');
        return selector.includes(':host')
          ? flat.replace(/:host\(/g, `.${cls}:is(`).replace(/:host(?![\w(-])/g, `.${cls}`)
          : `.${cls} ${flat}`;
      })
      .join(', ');
  const rewrite = (rules, cls) =>
    [...rules]
      .map((rule) => {
        if (rule instanceof CSSStyleRule)
          return `${scope(rule.selectorText, cls)}{${rule.style.cssText}}`;
        if (rule.cssRules) {
          const prelude = rule.cssText.slice(0, rule.cssText.indexOf('{'));
          return `${prelude}{${rewrite(rule.cssRules, cls)}}`;
        }
        return rule.cssText;
      })
      .join('\n');
  const css = {};
  const serialize = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.localName;
    if (tag === 'style' || tag === 'script') return '';
    if (tag === 'slot') {
      const assigned = node.assignedNodes();
      return [...(assigned.length ? assigned : node.childNodes)].map(serialize).join('');
    }
    if (node.shadowRoot) {
      const cls = `${prefix}${tag}`;
      const root = node.shadowRoot;
      css[tag] ??= rewrite(
        [
          ...root.adoptedStyleSheets,
          ...[...root.querySelectorAll('style')].map((style) => style.sheet),
        ].flatMap((sheet) => [...sheet.cssRules]),
        cls,
      );
      return `<div${attributesOf(node, cls)}>${[...root.childNodes].map(serialize).join('')}</div>`;
    }
    const inner = VOID.has(tag) ? '' : `${[...node.childNodes].map(serialize).join('')}</${tag}>`;
    return `<${tag}${attributesOf(node)}>${inner}`;
  };
  /** Resolves when every element with an update cycle, in every shadow tree, is done. */
  const settle = async (root) => {
    for (let pass = 0; pass < 3; pass += 1) {
      const pending = [];
      const visit = (scopeRoot) => {
        for (const element of scopeRoot.querySelectorAll('*')) {
          if (element.updateComplete) pending.push(element.updateComplete);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(root);
      await Promise.all(pending);
    }
  };

  const box = document.createElement('div');
  box.innerHTML = html;
  document.body.append(box);
  return settle(box).then(() => {
    const element = box.firstElementChild;
    const root = element.shadowRoot;
    const parts = {};
    for (const node of root.querySelectorAll('[part]')) {
      for (const name of node.getAttribute('part').split(/\s+/)) {
        parts[name] ??= node.textContent.replace(/\s+/g, ' ').trim();
      }
    }
    parts.text = (root.querySelector('[aria-hidden="true"]') ?? root).textContent
      .replace(/\s+/g, ' ')
      .trim();
    const twin = serialize(element);
    const nested = new Set();
    const visit = (scopeRoot) => {
      for (const node of scopeRoot.querySelectorAll('*')) {
        if (node.updateComplete) nested.add(node.localName);
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    };
    visit(root);
    box.remove();
    return { twin, css, parts, nested: [...nested] };
  });
}

/**
 * Inserts `markup` and resolves to the milliseconds until it is updated and laid out: every
 * `tag` element has finished its update, and so has every `nested` one (a selector of the
 * elements it renders in its shadow tree, e.g. a list's items), then style and layout are
 * read synchronously.
 */
async function timeInsert({ markup, tag, nested }) {
  const host = document.getElementById('host');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const started = performance.now();
  host.innerHTML = markup;
  if (tag) {
    const elements = Array.from(host.querySelectorAll(tag));
    await Promise.all(elements.map((element) => element.updateComplete));
    if (nested) {
      const inner = elements.flatMap((element) =>
        Array.from(element.shadowRoot?.querySelectorAll(nested) ?? []),
      );
      await Promise.all(inner.map((element) => element.updateComplete));
    }
  }
  void document.documentElement.offsetHeight;
  return performance.now() - started;
}

/** What timeInsert needs for `n` elements of `kind`. */
const insertOf = (variant, kind, n) => ({
  markup: variant.markup[kind](n),
  tag: variant.tag[kind],
  nested: kind === 'relais' ? variant.nested : '',
});

/**
 * What each element is measured with: { element, markup: { relais, static, peer? }, css,
 * nested, peer, tag: { relais, static, peer } }; `markup.*(n)` gives n copies, samples in
 * turn; `nested` is the selector of the elements it renders inside itself, if any.
 */
export async function prepareVariants({ browser, origin, elements }) {
  const page = await browser.newPage();
  await page.goto(`${origin}/blank.html`);
  await page.addScriptTag({ url: '/embed/relais.js', type: 'module' });
  const variants = [];
  for (const element of elements) {
    await page.evaluate((tag) => customElements.whenDefined(tag), element.tag);
    const rendered = [];
    for (const sample of element.samples) {
      const html = elementHtml(element, sample);
      rendered.push({
        html,
        ...(await page.evaluate(readRendered, { html, prefix: TWIN_PREFIX })),
      });
    }
    const peer = peerOf(element.tag);
    const copies = (list) => (n) =>
      Array.from({ length: n }, (_, index) => list[index % list.length]).join('\n');
    variants.push({
      element,
      peer,
      css: Object.values(Object.assign({}, ...rendered.map((one) => one.css))).join('\n'),
      nested: [...new Set(rendered.flatMap((one) => one.nested))].join(','),
      tag: { relais: element.tag, static: undefined, peer: peer?.tag },
      markup: {
        relais: copies(rendered.map((one) => one.html)),
        static: copies(rendered.map((one) => one.twin)),
        ...(peer ? { peer: copies(rendered.map((one) => peer.markup(one.parts))) } : {}),
      },
    });
  }
  await page.close();
  return variants;
}

/** A fresh page with what `kind` needs loaded: relais.js, the peer, or the twin's styles. */
async function openPage(browser, origin, variant, kind) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/blank.html`);
  if (kind === 'relais') {
    await page.addScriptTag({ url: '/embed/relais.js', type: 'module' });
  } else if (kind === 'peer') {
    await page.addScriptTag({ url: `/peer/${variant.peer.tag}.js`, type: 'module' });
  } else {
    await page.addStyleTag({ content: variant.css });
  }
  const tag = variant.tag[kind];
  if (tag) await page.evaluate((name) => customElements.whenDefined(name), tag);
  return { page, errors };
}

/** Empties the page's host and collects garbage, so that no measure pays for the last one. */
async function reset({ page, cdp }) {
  await page.evaluate(() => {
    document.getElementById('host').textContent = '';
  });
  await cdp.send('HeapProfiler.collectGarbage');
}

/** One measure of `kind` with `n` elements, in the page kept for that element and kind. */
async function measureOnce(opened, variant, kind, n) {
  await reset(opened);
  const ms = await opened.page.evaluate(timeInsert, insertOf(variant, kind, n));
  if (opened.errors.length) {
    throw new Error(`${kind} <${variant.element.tag}>: ${opened.errors.join('; ')}`);
  }
  return ms;
}

/** JS heap and DOM nodes added by `n` elements of `kind`, after garbage collection. */
async function measureMemory(opened, variant, kind, n) {
  const { page, cdp } = opened;
  const reading = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes };
  };
  await reset(opened);
  const before = await reading();
  await page.evaluate(timeInsert, insertOf(variant, kind, n));
  const after = await reading();
  return { heap: (after.heap - before.heap) / n, nodes: (after.nodes - before.nodes) / n };
}

/**
 * Medians of `runs` interleaved runs (every element, count and kind in each run, the kinds'
 * order turning from run to run) after a warm-up at the largest count that is not counted.
 * One page per element and kind serves every run: it is emptied and garbage-collected
 * before each measure. Returns one row per element and count, and one memory row per
 * element at the largest count.
 */
export async function measureRender({ browser, origin, variants, counts, runs, log }) {
  const kindsOf = (variant) => Object.keys(variant.markup);
  const pages = new Map();
  for (const variant of variants) {
    for (const kind of kindsOf(variant)) {
      const opened = await openPage(browser, origin, variant, kind);
      opened.cdp = await opened.page.context().newCDPSession(opened.page);
      pages.set(`${variant.element.tag}|${kind}`, opened);
    }
  }
  const pageOf = (variant, kind) => pages.get(`${variant.element.tag}|${kind}`);
  const times = new Map();
  for (let run = 0; run <= runs; run += 1) {
    // The warm-up (run 0) inserts the largest count once per element and kind.
    for (const n of run === 0 ? [Math.max(...counts)] : counts) {
      for (const variant of variants) {
        const kinds = kindsOf(variant);
        for (let k = 0; k < kinds.length; k += 1) {
          const kind = kinds[(k + run) % kinds.length];
          const ms = await measureOnce(pageOf(variant, kind), variant, kind, n);
          if (run === 0) continue;
          const key = `${variant.element.tag}|${n}|${kind}`;
          times.set(key, [...(times.get(key) ?? []), ms]);
        }
      }
    }
    log(run === 0 ? 'warm-up run done' : `run ${run}/${runs} done`);
  }
  const render = [];
  for (const variant of variants) {
    for (const n of counts) {
      const row = { element: variant.element.tag, peerTag: variant.peer?.tag, n };
      row.fastest = {};
      for (const kind of kindsOf(variant)) {
        const list = times.get(`${variant.element.tag}|${n}|${kind}`);
        row[kind] = median(list);
        // On a shared machine the fastest run is the one least disturbed by other work.
        row.fastest[kind] = Math.min(...list);
      }
      row.ratio = row.relais / row.static;
      row.fastestRatio = row.fastest.relais / row.fastest.static;
      row.peerRatio = row.peer === undefined ? undefined : row.peer / row.static;
      render.push(row);
    }
  }
  const largest = Math.max(...counts);
  const memory = [];
  for (const variant of variants) {
    const row = { element: variant.element.tag, peerTag: variant.peer?.tag, n: largest };
    for (const kind of kindsOf(variant)) {
      const readings = [];
      for (let i = 0; i < MEMORY_READINGS; i += 1) {
        readings.push(await measureMemory(pageOf(variant, kind), variant, kind, largest));
      }
      row[kind] = {
        heap: median(readings.map((reading) => reading.heap)),
        nodes: median(readings.map((reading) => reading.nodes)),
      };
    }
    memory.push(row);
  }
  log('memory done');
  for (const { page } of pages.values()) await page.close();
  return { render, memory, runs, counts };
}

/**
 * Where the time of inserting `n` elements goes: a CPU profile (V8's sampler, 100 µs) of one
 * insert per element, self time added up by package and by source line of relais.js
 * (`locate` maps a position of relais.js to its source). Time outside any script (style,
 * layout, parsing the markup) is counted under the script that caused it, or "(program)".
 */
export async function profileRender({ browser, origin, variants, n, locate }) {
  const profiles = [];
  for (const variant of variants) {
    const opened = await openPage(browser, origin, variant, 'relais');
    opened.cdp = await opened.page.context().newCDPSession(opened.page);
    const { cdp, page } = opened;
    // One insert first, so that the profile shows steady work rather than first compiles.
    await measureOnce(opened, variant, 'relais', n);
    await reset(opened);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(timeInsert, insertOf(variant, 'relais', n));
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    const self = new Map();
    profile.samples.forEach((id, index) => {
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
    const byGroup = new Map();
    const byLine = new Map();
    let total = 0;
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (!ms || node.callFrame.functionName === '(idle)') continue;
      total += ms;
      const { url, functionName, lineNumber, columnNumber } = node.callFrame;
      const where = url.endsWith('/embed/relais.js')
        ? locate(lineNumber, columnNumber)
        : { group: functionName || '(anonymous)', module: functionName || '(anonymous)', line: 0 };
      const inScript = url.endsWith('/embed/relais.js');
      // The bench's own function (no URL: page.evaluate) holds the native work it triggers:
      // parsing the markup, and the style and layout it forces.
      const ours = functionName === timeInsert.name;
      const group = inScript
        ? where.group
        : ours
          ? '(parse markup, style, layout)'
          : '(browser: other native work, GC)';
      const line = inScript
        ? `function at ${where.module}:${where.line}`
        : ours
          ? '(parse markup, style, layout)'
          : functionName || '(anonymous)';
      byGroup.set(group, (byGroup.get(group) ?? 0) + ms);
      byLine.set(line, (byLine.get(line) ?? 0) + ms);
    }
    const rows = (map, limit) =>
      [...map]
        .map(([name, ms]) => ({ name, ms, share: ms / total }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, limit);
    profiles.push({
      element: variant.element.tag,
      n,
      totalMs: total,
      groups: rows(byGroup, 20),
      lines: rows(byLine, 15),
    });
  }
  return profiles;
}
