// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import contentCheck, { storySafeProcessor } from './src/integrations/content-check.ts';
import urlManifest from './src/integrations/url-manifest.ts';
import { subsetFonts } from './src/integrations/subset-fonts.ts';
import headersBase from './src/integrations/headers-base.ts';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.ts';
import devErrors from './src/integrations/dev-errors.ts';

/**
 * SITE_URL: the absolute origin the site is published at (canonical URLs, sitemap, cards).
 * BASE_PATH: a sub-path such as "/recap/" when the site is served from a project page.
 */
// On Netlify, its own address for the site (URL) unless SITE_URL says otherwise.
const site = process.env.SITE_URL || (process.env.NETLIFY === 'true' && process.env.URL) || 'https://recap.example.org';
const base = process.env.BASE_PATH ?? '/';
/**
 * The content layer caches entries in cacheDir; another content folder (RECAP_CONTENT_DIR, for
 * fixtures) gets its own cache, or its entries would clash with the cached ones of ./content
 * ("multiple entries with the same slug").
 */
const contentDir = process.env.RECAP_CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro/content-sets/${contentDir.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}/` : undefined;

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Three languages (src/i18n/locales.ts holds the same list): English at the published URLs,
  // Russian under /ru/ and Kazakh under /kk/ with the same ids. Pages live in
  // src/pages/[...locale]/, built once per locale; Astro.currentLocale follows the URL.
  i18n: { locales: ['en', 'ru', 'kk'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Stylesheets stay files: the Content-Security-Policy allows styles from the site itself only
  // (plus the hashes of what Astro bundles), never an inline <style> block it does not know.
  // concurrency: pages render while earlier ones are being written. Writing a page's file is
  // mostly waiting on the disk (about 1 ms a file here), which one page at a time leaves idle:
  // 4 cut page generation of the 3000-page benchmark by a fifth (npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // Astro writes every built page's Content-Security-Policy as a <meta> tag: script-src and
  // style-src are 'self' plus the hashes of the scripts and styles it bundles (never
  // 'unsafe-inline'); the directives below close everything else. Pages that write an is:inline
  // script add its hash themselves (src/lib/site/inline-scripts.ts). frame-ancestors cannot be set
  // by a meta tag: public/_headers sends it. scripts/quality/csp.ts checks every built page.
  // Onest, the site's one family, self-hosted by Astro's Fonts API (@font-face, hashed files,
  // preload, a fallback face with matched metrics so the swap shifts nothing), from files our
  // provider subsets at build time to the characters the site uses (src/integrations/subset-fonts.ts).
  fonts: [
    {
      name: 'Onest',
      cssVariable: '--font-onest',
      provider: subsetFonts({
        package: '@fontsource-variable/onest',
        subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'],
        // What the CSS asks for: regular, medium, semibold, bold.
        weights: [400, 700],
        // Every character of the content being built (its ru/kk translations included) and of
        // src/ (the en, ru and kk dictionaries), besides the Russian and Kazakh alphabets.
        textDirs: [contentDir || 'content', 'src'],
      }),
      weights: ['400 700'],
      fallbacks: ['sans-serif'],
      display: 'swap',
    },
  ],
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
  // Writes .astro/collections/collections.json, which Astro's VS Code extension uses to give the
  // cohorts' MDX front matter completion and validation from the collection schemas.
  experimental: { contentIntellisense: true },
  // contentCheck first: it stops a build with every content problem before Astro loads content.
  // mdx() compiles stories with Astro's own processor, each story checked again just before
  // (storySafeProcessor), so the dev server never compiles a story's code either.
  // urlManifest() after sitemap(): it fails the build when a published URL disappeared, and takes
  // redirect pages out of the sitemap sitemap() has just written. headersBase() puts the
  // _headers rules under BASE_PATH. devErrors() turns the preview's pages into a plain list of
  // content problems while there are any.
  integrations: [
    contentCheck(),
    devErrors(),
    mdx({ processor: storySafeProcessor() }),
    // Each URL lists its twins in the other languages (<xhtml:link rel="alternate" hreflang>),
    // found in one pass rather than by the i18n option's scan of every URL for each page.
    sitemap(sitemapAlternates({ site, base })),
    urlManifest(),
    headersBase(),
  ],
  // Stories have no code blocks; Shiki's highlighting would need inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files (a strict CSP needs no hash for them); other small assets use
    // Vite's default 4 KB inlining.
    build: {
      assetsInlineLimit: (file) => (/\.js$/.test(file) ? false : undefined),
      rolldownOptions: {
        // Astro marks each MDX entry's propagated-assets module with "use astro:head-inject", a
        // directive it reads itself before bundling; the bundler then warns it "may not be
        // preserved", once per cohort, on every build (withastro/astro#18087). Nothing is lost and
        // nothing an editor can act on, so that one warning is dropped; every other still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
