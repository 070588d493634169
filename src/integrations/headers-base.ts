/**
 * Keeps public/_headers right under a base path. Netlify and Cloudflare Pages read `_headers` at
 * the root of what they publish, and its rules match URL paths: with BASE_PATH=/recap/ the
 * hashed assets are served at /recap/_astro/..., which a `/_astro/*` rule would miss (no
 * year-long caching), so after each build every rule's path gets the base path in front.
 * GitHub Pages ignores `_headers` altogether (see README, "Publishing").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** `_headers` text with each rule's path (a line starting with "/") moved under `base`. */
export function headersUnderBase(text: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix) return text;
  return text.replace(/^\/(?=\S*$)/gm, `${prefix}/`);
}

export default function headersBase(): AstroIntegration {
  let base = '/';
  return {
    name: 'recap:headers-base',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        if (existsSync(file)) writeFileSync(file, headersUnderBase(readFileSync(file, 'utf8'), base));
      },
    },
  };
}
