/**
 * Runs the content checker (src/lib/content/check.ts) before Astro loads any content, so a
 * build with broken content stops at once with ONE error listing every problem (file:line,
 * field, expected, found), instead of Astro's first schema error or, for a missing
 * reference, a mere log line. `astro build` and `astro sync` fail; the dev server logs the
 * problems and re-checks whenever a content file changes, so editors see them as they type.
 *
 * Unsafe content never reaches a page, in the dev server either: the dev server does not start
 * on content that could run code, put script on the site or reach outside content/ (a story's
 * import or raw HTML, a symlink, an SVG picture); while it runs, dev-errors.ts answers with the
 * list of problems instead of rendering (every request, not only pages, while any is unsafe).
 * storySafeProcessor() checks each story again as the MDX step compiles it, so no story's code
 * is ever compiled, even between two checks.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { MarkdownProcessor } from 'astro/markdown';
import { AstroError } from 'astro/errors';
import { checkContent, formatCounts, formatProblem, formatProblems, type CheckReport, type ContentProblem } from '../lib/content/check';
import { imageProblem } from '../lib/content/files';
import { contentDirFromEnv } from '../lib/content/layout';
import { checkStory } from '../lib/content/story';

export interface ContentCheckOptions {
  /** The content folder; default RECAP_CONTENT_DIR, else "content" (the same as content.config.ts). */
  contentDir?: string;
}

const hint = (again: string) =>
  `Fix the files named above (each line gives file:line, the field and what it should hold), then ${again}. Run "npm run check" to re-check without building.`;

/** The error a build stops with; its message is every problem, one per line. */
export class ContentCheckError extends AstroError {
  constructor(problems: readonly ContentProblem[], again = 'build again') {
    super(formatProblems(problems), hint(again));
    this.name = 'ContentCheckError';
    // The problems are in the content, not in this file: no stack trace or code frame to distract.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export default function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  let root = process.cwd();
  const contentDir = () => options.contentDir ?? contentDirFromEnv();
  const run = () => checkContent({ root, contentDir: contentDir() });
  const log = (report: CheckReport, logger: AstroIntegrationLogger) => {
    if (report.problems.length > 0) logger.error(formatProblems(report.problems));
    else logger.debug(formatCounts(report));
  };

  return {
    name: 'recap:content-check',
    hooks: {
      // config:setup runs before content sync, so these messages come before any of Astro's own.
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        const report = run();
        if (report.problems.length > 0 && (command === 'build' || command === 'sync')) throw new ContentCheckError(report.problems);
        // The dev server does not even start on unsafe content: Astro would load it before any page is asked for.
        if (command === 'dev' && report.problems.some((p) => p.unsafe)) throw new ContentCheckError(report.problems, 'start the preview again');
        log(report, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = resolve(root, contentDir());
        let report: CheckReport | undefined;
        let timer: ReturnType<typeof setTimeout> | undefined;
        let last = '';
        // Checked again on the first request after a change (the check is synchronous and takes
        // milliseconds), so a page is never rendered from content changed since the last check.
        const current = () => (report ??= run());
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(watched)) return;
          report = undefined;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const summary = current().problems.length > 0 ? formatProblems(current().problems) : 'ok';
            if (summary === last) return;
            last = summary;
            if (current().problems.length > 0) logger.error(summary);
            else logger.info(formatCounts(current()));
          }, 150);
        });
      },
    },
  };
}

/**
 * Astro's own MDX processor (Sätteri), with every story checked by story.ts before it is
 * compiled: a story that holds code, raw HTML or unsafe links stops with the checker's message
 * instead of becoming JavaScript. In a build the content check has already refused such a
 * story; this guards the dev server, which compiles a story as soon as it is saved.
 */
export function storySafeProcessor(): MarkdownProcessor {
  const processor = satteri();
  return {
    ...processor,
    async createMdxRenderer(shared, mdx) {
      const renderer = await processor.createMdxRenderer!(shared, mdx);
      return {
        ...renderer,
        async process(content, filePath, frontmatter) {
          const root = process.cwd();
          const contentRoot = resolve(root, contentDirFromEnv());
          const file = relative(root, filePath).split(sep).join('/');
          // `content` is the file with its front matter blanked, as the checker reads it, so lines match.
          const { problems } = checkStory(content, { file, checkImage: (src) => imageProblem(src, filePath, contentRoot) });
          if (problems.length > 0) throw new ContentCheckError(problems);
          return renderer.process(content, filePath, frontmatter);
        },
      };
    },
  };
}
