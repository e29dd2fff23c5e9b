/**
 * The names of everything the store writes. Every key starts with NAMESPACE, so keys of other
 * sites on the origin are never touched.
 */

/** Every key this site writes starts with this; keys of other sites on the origin are never touched. */
export const NAMESPACE = 'handoff-handbook:v1:';
export const QUARANTINE = `${NAMESPACE}quarantine:`;
/** Where a value's text is kept, untouched, when it is first rewritten at a newer version. */
export const EARLIER = `${NAMESPACE}earlier:`;
/**
 * Where a Merge or Replace import keeps what it changed (an earlier copy of its own): every key it
 * wrote over or removed, as it was, and every key it added, so the reader can put it all back
 * until they dismiss the copy (`settleEarlier(…, 'remove')`).
 */
export const IMPORT_COPY = `${EARLIER}import:`;
/** The earlier copies the reader chose to keep: their keys and fingerprints, so the question is not asked again. */
export const EARLIER_KEPT = `${NAMESPACE}earlier-kept`;
/** Which generation the stored data belongs to; changed by a clear or a Replace import. */
export const GENERATION_KEY = `${NAMESPACE}generation`;

export const dataKey = (kind: string, id: string) => `${NAMESPACE}${kind}:${id}`;

/** The key with the namespace taken off: `checklist:<id>` for a data key. */
export const unspaced = (key: string) => key.slice(NAMESPACE.length);

/** A namespaced key that holds data of this site's own (not the generation marker, not an import copy). */
export const isData = (key: string) => key !== GENERATION_KEY && !key.startsWith(IMPORT_COPY);
