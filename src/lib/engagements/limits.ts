/** Length limits of engagement text: defined with the schemas (src/schemas/limits.ts), without zod. */
export { LIMITS } from '../../schemas/limits';
