/**
 * A fixture site (tests/setup/builds.ts: built once per run by the global setup) served for the
 * tests of one file or describe block, under the same base path as the site under test.
 */
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serve } from '../../../scripts/serve.mjs';
import { buildFixture, type FixtureSite } from '../../setup/builds';
import { BASE } from './site';

/**
 * Serves fixture site `name` from before the first test of the calling scope to after its
 * last; returns a function giving the site's URL (with the base path, ending in "/").
 */
export function serveFixtureSite(name: FixtureSite): () => string {
  let server: Server | undefined;
  let url = '';
  test.beforeAll(async () => {
    const build = buildFixture(name);
    expect(build.status, build.output).toBe(0);
    const started = (await serve({ dir: build.dist, base: BASE })) as { server: Server; url: string };
    server = started.server;
    url = started.url;
  });
  test.afterAll(async () => {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });
  return () => url;
}
