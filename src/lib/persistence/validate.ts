/**
 * A few kilobytes of shape checks for the browser. The stored kinds are specified as zod
 * schemas (see each kind's `schema.ts`), but zod costs more than the whole island budget, so the
 * islands run these checks and property tests prove they accept exactly what the zod schemas do.
 */
export type Check = (value: unknown) => boolean;

/** What a stored kind validates with: any zod schema fits, and so does `validator(check)`. */
export interface Validator<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString: Check = (v) => typeof v === 'string';
export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const arrayOf = (item: Check): Check => (v) => Array.isArray(v) && v.every(item);
export const recordOf = (value: Check): Check => (v) => isObject(v) && Object.values(v).every(value);
export const shape = (fields: Record<string, Check>): Check => (v) =>
  isObject(v) && Object.entries(fields).every(([key, check]) => check(v[key]));

export function validator<T>(check: Check): Validator<T> {
  return { safeParse: (data) => (check(data) ? { success: true, data: data as T } : { success: false }) };
}
