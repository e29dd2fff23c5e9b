/**
 * How long the suites wait for work that is slow for reasons outside the code under test: a
 * spawned process (ESLint, stylelint, the preflight, a browser) or a page's islands hydrating.
 * Set from the slowest runs measured on this project's machine kind (2 cores) with two busy
 * processes beside the suite (load average 7 to 10, as on a shared CI machine), with about
 * double that as margin. Everything else keeps the runners' defaults, so a slow pure function
 * still fails fast.
 */
export const timeouts = {
  /** A test that spawns a process or loads a linter's whole configuration (worst seen: 6.1 s). */
  process: 30_000,
  /** A page's islands hydrated and answering (worst seen: about 5 s with the default, which failed). */
  hydration: 15_000,
  /** Starting a browser in the engines suite (Firefox ESR writes a new profile: 7 s alone, 15 s at load average 17). */
  browserStart: 45_000,
  /** One flow of the engines suite, fresh profile to last check, several pages (slowest seen: 27 s under load). */
  engineFlow: 120_000,
} as const;
