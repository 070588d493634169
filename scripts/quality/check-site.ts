/**
 * The built site's quality gates in one run: budgets, valid HTML, internal links, CSP. What CI runs
 * after the build (`npm run check:site`); each part can also run alone (npm run budgets,
 * check:html, check:links, check:csp).
 *
 *   npm run check:site                          # dist/ (or RECAP_DIST)
 *   npm run check:site -- /tmp/quality-dist --base /recap/
 *
 * Exits 1 when any gate fails; every gate runs, so one run shows every problem.
 */
import { checkBudgets, formatBudgetReport } from './budgets.ts';
import { checkLinks, formatLinkReport, siteUrl } from './check-links.ts';
import { checkCsp, formatCspReport } from './csp.ts';
import { isMain, runMain, siteOptions } from './site.ts';
import { formatHtmlReport, validateSite } from './validate-html.ts';

if (isMain(import.meta.url)) {
  runMain(async () => {
    const { dist, base } = siteOptions();
    console.log(`check:site: ${dist} (base ${base})\n`);
    const budgets = checkBudgets(dist, base);
    console.log(`${formatBudgetReport(budgets)}\n`);
    const html = await validateSite(dist, base);
    console.log(`${formatHtmlReport(html)}\n`);
    const links = checkLinks(dist, base, siteUrl(dist));
    console.log(`${formatLinkReport(links)}\n`);
    const csp = checkCsp(dist, base);
    console.log(formatCspReport(csp));
    const failed = [
      budgets.violations.length > 0 && 'budgets',
      html.problems.some((p) => p.severity === 'error') && 'html',
      links.broken.length > 0 && 'links',
      csp.problems.length > 0 && 'csp',
    ].filter(Boolean);
    console.log(failed.length ? `\ncheck:site: FAILED (${failed.join(', ')})` : '\ncheck:site: passed (budgets, html, links, csp)');
    return failed.length ? 1 : 0;
  });
}
