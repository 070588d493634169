#!/usr/bin/env node
/**
 * `npm start`: from a fresh clone to a running site in one command. Installs dependencies when
 * node_modules is missing or does not match package-lock.json, builds the site into dist/, then
 * serves it on a local port (PORT, default 4321, or a free one when that is taken) and prints
 * the URL. Ctrl+C stops it.
 */
import { ensureDeps } from './ensure-deps.mjs';
import { serve } from './serve.mjs';
import { buildSite, distDir, seconds } from './steps.mjs';

try {
  let start = performance.now();
  ensureDeps();
  console.log(`deps: ready in ${seconds(start)}`);

  start = performance.now();
  await buildSite();
  console.log(`build: done in ${seconds(start)}`);

  const options = { dir: distDir(), base: process.env.BASE_PATH ?? '/', host: process.env.HOST ?? '127.0.0.1' };
  const wanted = Number(process.env.PORT ?? 4321);
  let served;
  try {
    served = await serve({ ...options, port: wanted });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.log(`serve: port ${wanted} is taken; using a free one`);
    served = await serve({ ...options, port: 0 });
  }
  console.log(`\n  The recap site is running at ${served.url}\n  (Ctrl+C to stop)\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
