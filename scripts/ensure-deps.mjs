#!/usr/bin/env node
/**
 * Makes node_modules match package-lock.json, running `npm ci` only when it does not:
 * node_modules is missing, or a package in the lockfile is missing or at another version, or
 * something is installed that the lockfile does not list. The launcher (scripts/run.mjs) calls
 * it before every npm script, on Node >= 22.18, so npm resolves the same packages on every machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNpm } from './node-runtime.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Why node_modules does not match package-lock.json, or null when it does.
 * Compares the lockfile with npm's own record of what it installed (node_modules/.package-lock.json).
 * @returns {string | null}
 */
export function whyStale(root = ROOT) {
  const lockPath = join(root, 'package-lock.json');
  const installedPath = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(lockPath)) return 'package-lock.json is missing';
  if (!existsSync(installedPath)) return 'node_modules is missing (or was not installed by npm)';
  const wanted = JSON.parse(readFileSync(lockPath, 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(installedPath, 'utf8')).packages ?? {};
  for (const [key, entry] of Object.entries(wanted)) {
    if (!key.startsWith('node_modules/') && !key.includes('/node_modules/')) continue;
    const have = installed[key];
    // Optional packages for other platforms (e.g. @esbuild/darwin-arm64) are rightly absent.
    if (!have) {
      if (entry.optional) continue;
      return `${key.replace(/^.*node_modules\//, '')} is not installed`;
    }
    if (entry.version && have.version !== entry.version) {
      return `${key.replace(/^.*node_modules\//, '')} is ${have.version}, package-lock.json wants ${entry.version}`;
    }
  }
  for (const key of Object.keys(installed)) {
    if (!(key in wanted)) return `${key.replace(/^.*node_modules\//, '')} is installed but not in package-lock.json`;
  }
  return null;
}

/**
 * Runs `npm ci` when node_modules is stale; throws if npm fails.
 * @param {{ quiet?: boolean }} [options] quiet: say nothing when there is nothing to do
 */
export function ensureDeps(root = ROOT, { quiet = false } = {}) {
  const reason = whyStale(root);
  if (!reason) {
    if (!quiet) console.log('deps: node_modules matches package-lock.json');
    return false;
  }
  console.log(`deps: ${reason}; running npm ci with Node ${process.versions.node}...`);
  // npm runs on this Node, with this Node first on PATH for the packages' install scripts.
  const pathKey = Object.keys(process.env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  const env = { ...process.env, [pathKey]: `${dirname(process.execPath)}${delimiter}${process.env[pathKey] ?? ''}` };
  const result = runNpm(['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    throw new Error(`deps: npm ci failed (exit ${result.status ?? result.signal}). See npm's messages above.`);
  }
  const still = whyStale(root);
  if (still) throw new Error(`deps: after npm ci, node_modules still does not match package-lock.json: ${still}`);
  return true;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    ensureDeps();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
