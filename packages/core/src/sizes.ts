/**
 * The `size` attribute, one list for every element: `compact` for a sidebar, `default` for
 * a column, `large` for the top of a page or a pull-quote across a column.
 */
export const SIZES = ['compact', 'default', 'large'] as const;
export type Size = (typeof SIZES)[number];
