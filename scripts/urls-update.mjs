#!/usr/bin/env node
/**
 * `npm run urls:update`: builds the site (into .cache/urls-build, leaving dist/ alone) and
 * rewrites published-urls.json to exactly the pages built, removals included. Only for removing
 * a page on purpose: new pages are recorded by every build anyway (src/integrations/url-manifest.ts).
 */
import { join } from 'node:path';
import { ROOT } from './ensure-deps.mjs';
import { run } from './steps.mjs';

process.exitCode = await run('astro', ['build', '--outDir', join(ROOT, '.cache', 'urls-build')], { RECAP_URLS: 'update' });
