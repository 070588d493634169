/**
 * Every page of the built site is valid HTML: html-validate with the project's
 * .htmlvalidate.json (recommended + document presets; style rules about how generated markup
 * spells void elements and boolean attributes are off, inline style attributes are errors
 * because the Content-Security-Policy blocks them).
 *
 *   npm run check:html                          # dist/ (or RECAP_DIST)
 *   npm run check:html -- /tmp/quality-dist
 *
 * Exits 1 when any page has an error; prints each message with page, line and rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { isMain, readPages, ROOT, runMain, siteOptions } from './site.ts';

export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  severity: 'error' | 'warning';
}

/** The project's html-validate configuration (.htmlvalidate.json at the repository root). */
export function projectHtmlValidateConfig(): ConfigData {
  return JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
}

/** Validates one HTML document; `name` labels its messages. */
export async function validateHtml(html: string, name: string, config = projectHtmlValidateConfig()): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((m: Message) => ({
      page: name,
      line: m.line,
      column: m.column,
      rule: m.ruleId,
      message: m.message,
      severity: m.severity >= 2 ? ('error' as const) : ('warning' as const),
    })),
  );
}

/** Validates every page in the build. */
export async function validateSite(dist: string, base: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const config = projectHtmlValidateConfig();
  const pages = readPages(dist, base);
  const problems: HtmlProblem[] = [];
  for (const page of pages) problems.push(...(await validateHtml(page.html, page.url, config)));
  return { pages: pages.length, problems };
}

export function formatHtmlReport(result: { pages: number; problems: HtmlProblem[] }): string {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  const lines = result.problems.map((p) => `  - ${p.severity} ${p.page}:${p.line}:${p.column} ${p.rule}: ${p.message}`);
  const summary =
    errors.length === 0
      ? `html: ${result.pages} pages valid (html-validate, .htmlvalidate.json)${warnings.length ? `, ${warnings.length} warning(s)` : ''}`
      : `html: ${errors.length} error(s) and ${warnings.length} warning(s) in ${result.pages} pages`;
  return [...lines, summary].join('\n');
}

if (isMain(import.meta.url)) {
  runMain(async () => {
    const { dist, base } = siteOptions();
    const result = await validateSite(dist, base);
    console.log(formatHtmlReport(result));
    return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
  });
}
