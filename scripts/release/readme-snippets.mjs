// The code blocks of a README that the registry round-trip runs, so that what a README shows
// is what the test proves. A block is marked by the HTML comment just above it (invisible on
// npm and GitHub):
//   <!-- round-trip: <name> expects "13 millions" "…" -->
//   ```html
//   <relais-key-figure figure="eloignes-du-numerique"></relais-key-figure>
//   ```
// `expects` lists text the rendered element(s) must show; it is optional.
import { readFileSync } from 'node:fs';

const MARKED_BLOCK = /<!--\s*round-trip:\s*([\w-]+)([^>]*?)-->\s*\n```(\w*)\n([\s\S]*?)\n```/g;

/** @returns {{ name: string, lang: string, code: string, expects: string[] }[]} */
export function readmeSnippets(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(MARKED_BLOCK)].map(([, name, rest, lang, code]) => ({
    name,
    lang,
    code,
    expects: [...rest.matchAll(/"([^"]+)"/g)].map((match) => match[1]),
  }));
}

/** The one snippet called `name` in `file`; throws, naming the file, when there is none. */
export function readmeSnippet(file, name) {
  const found = readmeSnippets(file).filter((snippet) => snippet.name === name);
  if (found.length !== 1) {
    throw new Error(
      `${file}: expected one code block marked <!-- round-trip: ${name} -->, found ${found.length}`,
    );
  }
  return found[0];
}
