/** A run set with one run, `r1`, under the default name: the start the tools' pure functions are tested from. */
import { DEFAULT_NAME, type RunSet } from '../../src/lib/runs/run-set';

export const oneRun = <T>(content: T, now: number, name = DEFAULT_NAME): RunSet<T> => ({
  active: 'r1',
  runs: [{ ...content, id: 'r1', name, updatedAt: now }],
});
