// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

/**
 * SITE_URL: the absolute origin the site is published at (canonical URLs, sitemap, cards).
 * BASE_PATH: a sub-path such as "/recap/" when the site is served from a project page.
 */
const site = process.env.SITE_URL ?? 'https://recap.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  integrations: [mdx(), sitemap()],
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files (a strict CSP needs no hash for them) and fonts stay woff2 files
    // (no base64 in the CSS); other small assets use Vite's default 4 KB inlining.
    build: { assetsInlineLimit: (file) => (/\.(js|woff2)$/.test(file) ? false : undefined) },
  },
});
