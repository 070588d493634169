#!/usr/bin/env node
/**
 * The launcher every npm script goes through, on Windows (cmd, PowerShell), macOS and Linux:
 *
 *   node scripts/run.mjs <tool> [args...]    # tool: node, npm, or a package's command (astro, vitest, playwright)
 *   node scripts/run.mjs --print-node        # prints the Node binary the project runs on
 *
 * 1. Node: uses the Node that started it when it is >= 22.18; otherwise fetches one for this
 *    platform and CPU from the npm registry into .cache/node/ (once; see node-runtime.mjs) and
 *    runs itself again on it.
 * 2. Dependencies: runs `npm ci` when node_modules is missing or does not match
 *    package-lock.json (ensure-deps.mjs), so whichever command an editor runs first works.
 * 3. Runs the tool on that Node, with that Node's folder and node_modules/.bin first on PATH, so
 *    `node`, `npm` and the project's commands inside it run on the same Node.
 *
 * Plain ESM without dependencies so that any Node from 18 up can start it; it replaces a POSIX
 * shell wrapper that Windows' npm could not run. Environment variables are set by the scripts
 * themselves (no `VAR=value` prefixes, which cmd does not understand).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchedNode, isNodeNewEnough, npmCommand } from './node-runtime.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

/** node_modules package that provides a command, where its name differs from the command's. */
const PROVIDERS = { tsc: 'typescript', 'astro-check': '@astrojs/check' };

/**
 * The JavaScript file behind a package command (node_modules/<pkg>/package.json "bin"), run with
 * our Node rather than through node_modules/.bin, whose shims differ per OS (.cmd on Windows).
 * @returns {string | null}
 */
export function binScript(tool, root = ROOT) {
  const pkgDir = join(root, 'node_modules', ...(PROVIDERS[tool] ?? tool).split('/'));
  const manifest = join(pkgDir, 'package.json');
  if (!existsSync(manifest)) return null;
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const file = typeof bin === 'string' ? bin : bin?.[tool];
  return file ? join(pkgDir, file) : null;
}

/** The environment for everything the launcher runs: our Node and the project's commands first. */
export function launcherEnv(node = process.execPath, env = process.env) {
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  const path = [dirname(node), join(ROOT, 'node_modules', '.bin'), env[pathKey] ?? ''].join(delimiter);
  return { ...env, [pathKey]: path, RECAP_NODE: node };
}

/**
 * The command line that runs `tool args` on this Node.
 * @returns {string[]}
 */
export function commandFor(tool, args, root = ROOT) {
  if (tool === 'node') return [process.execPath, ...args];
  if (tool === 'npm') return [...npmCommand(process.execPath), ...args];
  const script = binScript(tool, root);
  if (!script) throw new Error(`run: no command "${tool}" in node_modules (is it in package.json?)`);
  return [process.execPath, script, ...args];
}

/** Spawns a command with inherited output, passes Ctrl+C on, and exits with its status. */
function runAndExit(command, args, env) {
  const child = spawn(command, args, { cwd: process.cwd(), stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`run: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main(argv) {
  // `run.mjs npx playwright test` is `run.mjs playwright test`: package commands already resolve.
  const [tool, ...args] = argv[0] === 'npx' ? argv.slice(1) : argv;
  if (!tool) {
    console.error('Usage: node scripts/run.mjs <node|npm|astro|vitest|playwright|...> [args...]\n       node scripts/run.mjs --print-node');
    process.exit(2);
  }

  if (!isNodeNewEnough(process.versions.node) || (process.env.RECAP_FORCE_BUNDLED_NODE && !process.env.RECAP_NODE)) {
    const node = fetchedNode(join(ROOT, '.cache', 'node'));
    if (tool === '--print-node') return console.log(node);
    return runAndExit(node, [SELF, ...argv], launcherEnv(node));
  }
  if (tool === '--print-node') return console.log(process.execPath);

  const { ensureDeps } = await import('./ensure-deps.mjs');
  ensureDeps(ROOT, { quiet: true });
  const [command, ...rest] = commandFor(tool, args);
  runAndExit(command, rest, launcherEnv());
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
