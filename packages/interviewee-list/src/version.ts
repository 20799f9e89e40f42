/** The version of this package, written by `scripts/sync-versions.mjs` after `changeset version`. */
export const VERSION = '1.0.0';
