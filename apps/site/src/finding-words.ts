// The words of a finding as its element shows them, read from the element's own
// server-rendered markup (its `part`s): the share image says exactly what the page shows,
// formatted by the element itself, with no second formatter to drift from it.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Text of each element carrying `part="…"`, in document order, whitespace collapsed. */
export type Parts = Map<string, string[]>;

function childrenOf(node: Node): Node[] {
  if (node.nodeName === 'template' && 'content' in node) return node.content.childNodes;
  return 'childNodes' in node ? (node as ParentNode).childNodes : [];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (node.nodeName === 'style' || node.nodeName === '#comment') return '';
  // The screen-reader sentence is not shown: the image draws what the eye reads.
  if ('attrs' in node && node.attrs.some((a) => a.name === 'class' && a.value === 'spoken')) {
    return '';
  }
  return childrenOf(node).map(textOf).join('');
}

export function partsOf(html: string): Parts {
  const parts: Parts = new Map();
  const walk = (node: Node): void => {
    const part = 'attrs' in node ? node.attrs.find((a) => a.name === 'part')?.value : undefined;
    if (part) {
      const text = textOf(node)
        .replace(/\s+/g, ' ')
        .replace(/\s+([,.)])/g, '$1')
        .trim();
      parts.set(part, [...(parts.get(part) ?? []), text]);
    }
    childrenOf(node).forEach(walk);
  };
  walk(parseFragment(html, { scriptingEnabled: false }));
  return parts;
}
