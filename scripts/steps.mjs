/**
 * Shared steps for scripts/start.mjs and scripts/test.mjs: running a command on this Node with
 * the project's binaries on PATH, timing a step, and building the site.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './ensure-deps.mjs';
import { commandFor, launcherEnv } from './run.mjs';

/** PATH with this Node's folder and node_modules/.bin first, so `npm`, `astro`, `vitest` run on it. */
export function projectEnv(extra = {}) {
  return { ...launcherEnv(), ...extra };
}

/**
 * Runs a command in the project root with inherited output; resolves with its exit code.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
export function run(command, args, env = {}) {
  return new Promise((resolvePromise, reject) => {
    // node, npm and package commands run on this Node without going through a shell or .cmd shim.
    const [program, ...programArgs] = commandFor(command, args);
    const child = spawn(program, programArgs, { cwd: ROOT, stdio: 'inherit', env: projectEnv(env) });
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
