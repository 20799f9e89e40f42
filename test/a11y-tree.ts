import { executeServerCommand } from '@web/test-runner-commands';
import { ENGINE, skipInThisEngine } from './commands.js';

/** A node of the accessibility tree as the browser builds it: its role, name and children. */
export interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/** Roles that carry no meaning of their own: their children are lifted into their place. */
const TRANSPARENT = new Set(['generic', 'none', 'Ignored', 'IgnoredRole', 'LineBreak']);

/**
 * The page's accessibility tree, as a screen reader walks it: roles and names of containers
 * (figure, blockquote, paragraph) as well as text, without the meaningless wrappers and
 * whitespace. Shared by the tests of every package; never shipped.
 */
export async function a11yTree(): Promise<AxNode[]> {
  if (ENGINE !== 'chromium') {
    skipInThisEngine(
      'reads the whole accessibility tree (a11y-tree), which only Chromium’s automation (CDP) gives',
    );
  }
  const root = await executeServerCommand<AxNode, undefined>('a11y-tree');
  const prune = (node: AxNode): AxNode[] => {
    const children = (node.children ?? []).flatMap(prune);
    if (node.role === 'StaticText' || node.role === 'InlineTextBox') {
      return node.role === 'StaticText' && node.name.trim()
        ? [{ role: node.role, name: node.name }]
        : [];
    }
    if (TRANSPARENT.has(node.role)) return children;
    return [{ role: node.role, name: node.name, ...(children.length ? { children } : {}) }];
  };
  return (root.children ?? []).flatMap(prune);
}
