// `npm run check`: checks every content file without building the site and prints every
// problem at once (file:line, field, what was expected, what was found). Exits 1 when there is
// any problem, 0 with a one-line summary otherwise.
//
//   npm run check                                     # checks ./content (or RECAP_CONTENT_DIR)
//   npm run check -- tests/fixtures/broken/content    # checks another folder
//
// Runs on Node's own TypeScript support: the resolve hook below lets the project's
// extension-less relative imports ("./common") find their .ts files, so no bundler starts.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code === 'ERR_MODULE_NOT_FOUND' && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
        return nextResolve(`${specifier}.ts`, context);
      }
      throw error;
    }
  },
});

const started = performance.now();
const { checkContent, formatCounts, formatProblems } = await import('../src/lib/content-check.ts');
const report = checkContent({ contentDir: process.argv[2] });
const ms = Math.round(performance.now() - started);
if (report.problems.length > 0) {
  console.error(formatProblems(report.problems));
  console.error(`\nFix the problems above and run npm run check again (checked in ${ms} ms).`);
  process.exitCode = 1;
} else {
  console.log(`${formatCounts(report)} in ${ms} ms`);
}
