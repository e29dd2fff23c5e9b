let issued = 0;

/** A fresh element id for this build; deterministic because pages render in a fixed order. */
export function uniqueId(prefix: string): string {
  issued += 1;
  return `${prefix}-${issued}`;
}
