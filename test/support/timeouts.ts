/**
 * How long the suites wait, in one place. On this project's machine kind (2 cores) a busy
 * neighbour (load average 7 to 18 seen, as on a shared CI machine) slows everything four to nine
 * times, so the runners' 5 s defaults failed tests that pass in a second alone. Each number is
 * the slowest run measured under that load, with about double as margin.
 */
export const timeouts = {
  /**
   * Any unit test, the property-based ones included (hundreds of random cases: 0.6 to 1 s alone,
   * 5.8 s at load 18).
   */
  unit: 20_000,
  /** A test that spawns a process or loads a linter's whole configuration (worst seen: 6.1 s). */
  process: 30_000,
  /** A page's islands hydrated and answering (worst seen: about 5 s with the default, which failed). */
  hydration: 15_000,
  /**
   * A service worker installed and active: it fetches every file it keeps first (WebKitGTK ran
   * past 15 s with two busy processes beside the suite, load average 16, and failed).
   */
  serviceWorker: 60_000,
  /** Starting a browser in the engines suite (Firefox ESR writes a new profile: 7 s alone, 15 s at load average 17). */
  browserStart: 45_000,
  /** One flow of the engines suite, fresh profile to last check, several pages (slowest seen: 27 s under load). */
  engineFlow: 120_000,
} as const;
