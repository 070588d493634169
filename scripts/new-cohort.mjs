// `npm run new:cohort -- <cohort-id>`: creates a complete draft cohort to fill in.
//
//   npm run new:cohort -- 2025-almaty
//
// Writes content/cohorts/<id>/ (index.mdx with every field, a quote, a statistic), a
// placeholder speaker and a placeholder venue, each value to replace marked TODO, then checks
// the content. The cohort is a draft: `npm run dev` shows it, the published site leaves it out
// until draft: false.
import './ts-resolve-hooks.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const { scaffoldCohort, ScaffoldError } = await import('../src/lib/new-cohort.ts');
const { checkContent, formatProblems } = await import('../src/lib/content/check.ts');

const id = process.argv[2];
const contentDir = resolve(process.env.RECAP_CONTENT_DIR ?? 'content');
if (!id) {
  console.error('Usage: npm run new:cohort -- <cohort-id>   (e.g. npm run new:cohort -- 2025-almaty)');
  process.exit(2);
}

let files;
try {
  files = scaffoldCohort(contentDir, id);
} catch (error) {
  if (error instanceof ScaffoldError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

for (const file of files) {
  const path = join(contentDir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text, { flag: 'wx' });
  console.log(`created ${relative(process.cwd(), path)}`);
}

const report = checkContent({ contentDir });
const ours = report.problems.filter(
  (p) => p.file.includes(`/cohorts/${id}/`) || p.file.endsWith(`/speakers/${id}-speaker.yaml`) || p.file.endsWith(`/organisations/${id}-venue.yaml`),
);
if (ours.length > 0) {
  console.error(`\nThe new cohort has problems (please report this):\n${formatProblems(ours)}`);
  process.exit(1);
}
console.log(`
Draft cohort "${id}" is ready. Next:
  1. npm run dev, then open /cohorts/${id}/ to see it as you write.
  2. Replace every TODO in content/cohorts/${id}/, the placeholder speaker and the placeholder venue (docs/editors-guide.md explains each field).
  3. npm run check, then set draft: false in content/cohorts/${id}/index.mdx to publish it.`);
