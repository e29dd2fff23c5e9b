/**
 * The placeholders of a message (`{clientName}`): how they are written, and the check the message
 * schema makes that every one used is declared and every one declared is used. The message code
 * (src/lib/messages.ts) fills and displays them with the same pattern.
 */

/** A placeholder: `{` + a camelCase name + `}`. */
export const placeholderPattern = /\{([a-z][A-Za-z0-9]*)\}/g;

/** The placeholder names in a text, in order of first appearance, each once. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1]!))];
}

/** Problems with a message's placeholders: used but not declared, or declared but never used. */
export function placeholderProblems(
  subject: string,
  body: string,
  declared: readonly { name: string }[],
): { undeclared: string[]; unused: string[]; duplicated: string[] } {
  const used = placeholderNames(`${subject}\n${body}`);
  const names = declared.map((d) => d.name);
  return {
    undeclared: used.filter((n) => !names.includes(n)),
    unused: names.filter((n) => !used.includes(n)),
    duplicated: names.filter((n, i) => names.indexOf(n) !== i),
  };
}
