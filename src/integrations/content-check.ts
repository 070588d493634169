/**
 * Runs the content checker (src/lib/content-check.ts) before Astro loads any content, so a
 * build with broken content stops at once with ONE error listing every problem (file:line,
 * field, expected, found), instead of Astro's first schema error or, for a missing
 * reference, a mere log line. `astro build` and `astro sync` fail; the dev server logs the
 * problems and re-checks whenever a content file changes, so editors see them as they type.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatCounts, formatProblems, type CheckReport } from '../lib/content-check';
import { CONTENT_DIR } from '../lib/content-paths';

export interface ContentCheckOptions {
  /** The content folder; default RECAP_CONTENT_DIR, else "content" (the same as content.config.ts). */
  contentDir?: string;
}

/** The error a build stops with; its message is every problem, one per line. */
export class ContentCheckError extends AstroError {
  constructor(report: CheckReport) {
    super(
      formatProblems(report.problems),
      `Fix the files named above (each line gives file:line, the field and what it should hold), then build again. Run "npm run check" to re-check without building.`,
    );
    this.name = 'ContentCheckError';
    // The problems are in the content, not in this file: no stack trace or code frame to distract.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export default function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  let root = process.cwd();
  const contentDir = () => options.contentDir ?? process.env.RECAP_CONTENT_DIR ?? CONTENT_DIR;
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
        if (report.problems.length > 0 && (command === 'build' || command === 'sync')) throw new ContentCheckError(report);
        log(report, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = resolve(root, contentDir());
        let timer: ReturnType<typeof setTimeout> | undefined;
        let last = '';
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(watched)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const report = run();
            const summary = report.problems.length > 0 ? formatProblems(report.problems) : 'ok';
            if (summary === last) return;
            last = summary;
            if (report.problems.length > 0) logger.error(summary);
            else logger.info(formatCounts(report));
          }, 150);
        });
      },
    },
  };
}
