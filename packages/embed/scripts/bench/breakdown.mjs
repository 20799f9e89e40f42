// Where the bytes of a bundle go, from its source map: each character of the minified file
// belongs to the source its mapping segment points to. Bytes are UTF-8 bytes of the minified
// output (not of the source). "brotli saved" is what the file would lose, compressed, if that
// package or module were cut out of it: brotli(file) − brotli(file without those bytes).
import { readFileSync } from 'node:fs';
import { sizes } from '../size.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** One segment's fields, from its Base64 VLQ text. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Bad source map character: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * For each generated line, its segments as [startColumn, sourceIndex | -1, sourceLine].
 * Columns are UTF-16 offsets, as JavaScript strings count them; lines count from 0.
 */
function decodeMappings(mappings) {
  let sourceIndex = 0;
  let sourceLine = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const [columnDelta, sourceDelta, lineDelta] = decodeSegment(segment);
        column += columnDelta;
        if (sourceDelta === undefined) return [column, -1, -1];
        sourceIndex += sourceDelta;
        sourceLine += lineDelta;
        return [column, sourceIndex, sourceLine];
      });
  });
}

/**
 * A function that maps a position of the generated `file` (line and column from 0, as
 * V8's profiler gives them) to `{ group, module, line }` of its source (line from 1).
 */
export function locator(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const decoded = decodeMappings(map.mappings);
  return (line, column) => {
    const segments = decoded[line] ?? [];
    let found;
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    if (!found || found[1] === -1) return { group: '(unmapped)', module: '(unmapped)', line: 0 };
    return { ...classify(map.sources[found[1]]), line: found[2] + 1 };
  };
}

/**
 * Where a source file belongs: `{ group, module }`. node_modules → the npm package (Lit's
 * decorators apart from the rest of @lit/reactive-element); a workspace package's dist/ →
 * `@relais/<name>`; anything else → its path.
 */
export function classify(source) {
  const inModules = source.split('node_modules/').at(-1);
  if (inModules !== source) {
    const parts = inModules.split('/');
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    const file = parts.slice(name.split('/').length).join('/');
    if (name === 'tslib') return { group: 'tslib (decorator helper)', module: `tslib/${file}` };
    if (file.startsWith('decorators/'))
      return { group: `${name} decorators`, module: `${name}/${file}` };
    return { group: name, module: `${name}/${file}` };
  }
  const workspace = /(?:^|\/)(?:packages\/)?([\w-]+)\/(?:dist|src)\/(.+)$/.exec(source);
  if (workspace && !source.startsWith('../src/')) {
    return { group: `@relais/${workspace[1]}`, module: `@relais/${workspace[1]}/${workspace[2]}` };
  }
  return { group: '@relais/embed', module: `@relais/embed/${source.replace(/^(\.\.\/)+/, '')}` };
}

/**
 * The breakdown of `file` (with `file.map` beside it): { total, groups, modules }, each row
 * { name, bytes, share, brotliSaved }, largest first.
 */
export function breakdown(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings);
  /** Per source index (-1: unmapped), the [line, start, end] ranges it produced. */
  const ranges = new Map();
  lines.forEach((text, lineIndex) => {
    const segments = decoded[lineIndex] ?? [];
    let cursor = 0;
    const add = (index, start, end) => {
      if (end <= start) return;
      if (!ranges.has(index)) ranges.set(index, []);
      ranges.get(index).push([lineIndex, start, end]);
    };
    segments.forEach(([column, index], i) => {
      add(-1, cursor, column);
      const end = segments[i + 1]?.[0] ?? text.length;
      add(index, column, end);
      cursor = end;
    });
    add(-1, cursor, text.length);
  });

  const total = sizes(code);
  const withoutRanges = (cut) => {
    const cutByLine = new Map();
    for (const [line, start, end] of cut) {
      if (!cutByLine.has(line)) cutByLine.set(line, []);
      cutByLine.get(line).push([start, end]);
    }
    return lines
      .map((text, line) => {
        const cuts = (cutByLine.get(line) ?? []).sort((a, b) => b[0] - a[0]);
        let kept = text;
        for (const [start, end] of cuts) kept = kept.slice(0, start) + kept.slice(end);
        return kept;
      })
      .join('\n');
  };
  const rowsBy = (key) => {
    const buckets = new Map();
    for (const [index, list] of ranges) {
      const name = index === -1 ? '(unmapped: banner, glue)' : classify(map.sources[index])[key];
      if (!buckets.has(name)) buckets.set(name, []);
      buckets.get(name).push(...list);
    }
    return [...buckets]
      .map(([name, list]) => {
        const bytes = list.reduce(
          (sum, [line, start, end]) => sum + Buffer.byteLength(lines[line].slice(start, end)),
          0,
        );
        return {
          name,
          bytes,
          share: bytes / total.raw,
          brotliSaved: total.brotli - sizes(withoutRanges(list)).brotli,
        };
      })
      .sort((a, b) => b.bytes - a.bytes);
  };
  return { total, groups: rowsBy('group'), modules: rowsBy('module') };
}
