import stages from '../../content/lifecycle/stages.json' with { type: 'json' };
import boundaries from '../../content/lifecycle/boundaries.json' with { type: 'json' };

/**
 * The ids a page may name in its `stages` field, read from the lifecycle data so that the
 * schema never carries a second, hand-typed list of stages.
 */
export const stageAndBoundaryIds = [...stages, ...boundaries].map((s) => s.id) as [string, ...string[]];
