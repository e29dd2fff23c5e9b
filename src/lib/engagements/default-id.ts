/**
 * The id of the default engagement (unnamed data, and a first visit): what `idForJoin('')` in
 * ./named.ts draws, written out so the tool islands need not carry the hashing that draws it.
 * A unit test holds the two equal.
 */
export const DEFAULT_ENGAGEMENT_ID = 'e-zd2dcyxjcu';
