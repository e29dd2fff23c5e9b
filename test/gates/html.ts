/**
 * The validity gate: html-validate's recommended rules, with one rule set differently. HTML
 * allows a void element written either way (`<input>` or `<input/>`); Astro's templates write
 * the first and Preact's renderer the second, so `void-style` takes both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off' } });

export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

export async function validateHtml(html: string, file: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => ({ file, line: m.line, rule: m.ruleId, message: m.message })),
  );
}

export function validateBuiltFile(dir: string, file: string): Promise<HtmlProblem[]> {
  return validateHtml(readFileSync(join(dir, file), 'utf8'), file);
}
