/**
 * A fixture site (tests/setup/builds.ts: built once per run by the global setup) served as a
 * host serves it, for the tests of one describe block or file: call at its top, read `url()`
 * in the tests ("http://127.0.0.1:<port>/" with the base path).
 */
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serve } from '../../../scripts/serve.mjs';
import { buildFixture, type FixtureSite } from '../../setup/builds';
import { BASE } from './site';

export function useFixtureSite(name: FixtureSite): { url: () => string } {
  let server: Server | undefined;
  let site = '';
  test.beforeAll(async () => {
    const build = buildFixture(name);
    expect(build.status, build.output).toBe(0);
    const started = (await serve({ dir: build.dist, base: BASE })) as { server: Server; url: string };
    server = started.server;
    site = started.url;
  });
  test.afterAll(async () => {
    // The worker's tab outlives this file (support/reader.ts) and may hold a connection it opened
    // ahead of a request, which close() alone would wait out for up to 30 s.
    server?.closeAllConnections();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });
  return { url: () => site };
}
