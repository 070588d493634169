/// <reference types="vitest/config" />
// Unit tests run through Astro's own Vite config, so `astro:content`, the Container API and
// the MDX pipeline behave in tests as they do in the build.
import { getViteConfig } from 'astro/config';
import { UNIT_CONTENT } from './tests/setup/sync-content';

// Unit tests read a fixture snapshot of the content, never the live content/ (see its README).
// The tests that read the built site (dist/) read the content it was built from instead.
process.env.RECAP_SITE_CONTENT_DIR ??= process.env.RECAP_CONTENT_DIR ?? 'content';
process.env.RECAP_CONTENT_DIR = UNIT_CONTENT;

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts'],
      // Content synced for astro:content, and each fixture site built once (shared with Playwright).
      globalSetup: ['tests/setup/sync-content.ts', 'tests/setup/builds.ts'],
      // Fixture builds spawn `astro build`; give them room on a shared two-core machine.
      // One worker per core reused across files: spawning one per file costs more than the tests.
      isolate: false,
      testTimeout: 20_000,
      hookTimeout: 120_000,
    },
  },
  // The dev toolbar would add data-astro-source-* attributes to every rendered element.
  { devToolbar: { enabled: false }, logLevel: 'warn' },
);
