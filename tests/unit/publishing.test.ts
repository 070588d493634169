/**
 * The publishing recipes: the GitHub workflows parse, pin every action to a full commit (with
 * its version in a comment), and run only commands the README documents and package.json has;
 * the _headers rules follow the base path on hosts that read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { headersUnderBase } from '../../src/integrations/headers-base';
import { ROOT } from './helpers';

const dir = join(ROOT, '.github/workflows');
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
const steps = (text: string): Step[] =>
  Object.values((parse(text) as { jobs: Record<string, { steps: Step[] }> }).jobs).flatMap((job) => job.steps);

describe('the GitHub workflows', () => {
  it('are a check workflow and a deploy workflow', () => {
    expect(workflows.map((w) => w.file).sort()).toEqual(['check.yml', 'deploy.yml']);
  });

  it.each(workflows)('$file parses and pins every action to a commit, with its version in a comment', ({ text }) => {
    const parsed = parse(text) as { on: unknown; jobs: unknown };
    expect(parsed.on).toBeTruthy();
    expect(parsed.jobs).toBeTruthy();
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(workflows)('$file runs only npm scripts that exist and that the README documents', ({ text }) => {
    const commands = steps(text)
      .flatMap((s) => (s.run ?? '').split('\n'))
      .map((line) => line.trim())
      .filter((line) => line.startsWith('npm '));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const script = command === 'npm test' ? 'test' : /^npm run ([\w:-]+)/.exec(command)?.[1];
      expect(script && scripts[script], command).toBeTruthy();
      expect(readme, `README mentions ${command}`).toContain(command);
    }
  });

  it('checks pull requests with the content check and the tests, and keeps the built site', () => {
    const check = workflows.find((w) => w.file === 'check.yml')!;
    const on = (parse(check.text) as { on: Record<string, unknown> }).on;
    expect(Object.keys(on)).toContain('pull_request');
    const runs = steps(check.text).map((s) => s.run ?? s.uses ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm run check', 'npm test']));
    expect(runs.some((r) => r.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('deploys main to GitHub Pages with the site address and base path from the Pages settings', () => {
    const deploy = workflows.find((w) => w.file === 'deploy.yml')!;
    const all = steps(deploy.text);
    const build = all.find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}/' });
    expect(all.map((s) => s.uses?.split('@')[0])).toEqual(
      expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']),
    );
  });
});

describe('_headers under a base path', () => {
  const headers = readFileSync(join(ROOT, 'public/_headers'), 'utf8');

  it('moves every rule under the base path, leaving headers and comments as they are', () => {
    const moved = headersUnderBase(headers, '/recap/');
    expect(moved).toContain('\n/recap/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(moved).toContain('\n/recap/*\n');
    expect(moved.split('\n').filter((l) => l.startsWith('/') && !l.startsWith('/recap/'))).toEqual([]);
    expect(moved.replace(/^\/recap\//gm, '/')).toBe(headers);
  });

  it('leaves the file alone at the root', () => {
    expect(headersUnderBase(headers, '/')).toBe(headers);
  });
});
