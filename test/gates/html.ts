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
  const problems = report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => ({ file, line: m.line, rule: m.ruleId, message: m.message })),
  );
  // The validator reads past </html> as a browser would; a script written after it (a page's
  // <script> left outside its layout) is still markup in the wrong place.
  if (/<\/html>\s*\S/.test(html))
    problems.push({
      file,
      line: html.slice(0, html.lastIndexOf('</html>')).split('\n').length,
      rule: 'after-html',
      message: 'content after </html>',
    });
  return problems;
}

export function validateBuiltFile(dir: string, file: string): Promise<HtmlProblem[]> {
  return validateHtml(readFileSync(join(dir, file), 'utf8'), file);
}
