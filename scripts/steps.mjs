/**
 * Shared steps for scripts/start.mjs and scripts/test.mjs: running a command on this Node with
 * the project's binaries on PATH, timing a step, and building the site.
 */
import { spawn } from 'node:child_process';
import { delimiter, dirname, join, resolve } from 'node:path';
import { ROOT } from './ensure-deps.mjs';

/** PATH with this Node's folder and node_modules/.bin first, so `npm`, `astro`, `vitest` run on it. */
export function projectEnv(extra = {}) {
  const path = [dirname(process.execPath), join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter);
  return { ...process.env, PATH: path, ...extra };
}

/**
 * Runs a command in the project root with inherited output; resolves with its exit code.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
export function run(command, args, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: projectEnv(env) });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

/** Seconds since `start` (a performance.now() value), one decimal: "12.3s". */
export function seconds(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)}s`;
}

/** The build folder: RECAP_DIST if set (teammates build elsewhere than dist/), else dist/. */
export function distDir() {
  return resolve(ROOT, process.env.RECAP_DIST ?? 'dist');
}

/** `astro build` into `outDir`; throws with a clear message when the build fails. */
export async function buildSite(outDir = distDir()) {
  const args = ['build'];
  if (resolve(outDir) !== resolve(ROOT, 'dist')) args.push('--outDir', outDir);
  console.log(`build: astro ${args.join(' ')}`);
  const code = await run('astro', args);
  if (code !== 0) throw new Error(`build: astro build failed (exit ${code}); its messages above name the file and field.`);
}
