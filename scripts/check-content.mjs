// `npm run check`: checks every content file without building the site and prints every
// problem at once (file:line, field, what was expected, what was found). Exits 1 when there is
// any problem, 0 with a one-line summary otherwise.
//
//   npm run check                                     # checks ./content (or RECAP_CONTENT_DIR)
//   npm run check -- tests/fixtures/broken/content    # checks another folder
//
// Runs on Node's own TypeScript support (see ts-resolve-hooks.mjs), so no bundler starts.
import './ts-resolve-hooks.mjs';

const started = performance.now();
const { checkContent, formatCounts, formatProblems } = await import('../src/lib/content/check.ts');
const { formatCoverage } = await import('../src/lib/content/translation-check.ts');
const report = checkContent({ contentDir: process.argv[2] });
const ms = Math.round(performance.now() - started);
if (report.problems.length > 0) {
  console.error(formatProblems(report.problems));
  console.error(`\nFix the problems above and run npm run check again (checked in ${ms} ms).`);
  process.exitCode = 1;
} else {
  console.log(`${formatCounts(report)} in ${ms} ms`);
  console.log(formatCoverage(report.coverage));
}
