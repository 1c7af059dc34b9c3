// What `npm run bench` builds and weighs: commands run in a folder, the gzip sizes of a build, and
// the git worktree that holds another revision of the app for an A/B run (bench-compare.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Runs a command with the terminal's output; throws when it fails. */
export function run(command, args, { env = {}, cwd } = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    cwd,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** A git command's output, trimmed; read-only commands only (no optional index refresh). */
export function git(args, cwd) {
  const result = spawnSync('git', ['--no-optional-locks', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

// Sizes in kB of 1024 bytes.
export const kb = (bytes) => +(bytes / 1024).toFixed(1);

/**
 * Gzip sizes (level 9) of a build: the scripts and stylesheets its index.html names, every chunk
 * and the export's chunk; `gz(file)` weighs one file of it.
 */
export function bundleOf(dir) {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  const entryFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  const gz = (file) => gzipSync(readFileSync(`${dir}/${file}`), { level: 9 }).length;
  const allChunks = readdirSync(`${dir}/assets`).filter((f) => /\.(js|css)$/.test(f));
  const sum = (files) => files.reduce((s, f) => s + gz(f), 0);
  return {
    gz,
    figures: {
      initialJsKb: kb(sum(entryFiles.filter((f) => f.endsWith('.js')))),
      initialCssKb: kb(sum(entryFiles.filter((f) => f.endsWith('.css')))),
      allChunksKb: kb(sum(allChunks.map((f) => `assets/${f}`))),
      exportChunkKb: kb(
        sum(allChunks.filter((f) => f.startsWith('exporter')).map((f) => `assets/${f}`)),
      ),
      entryFiles,
    },
  };
}

/** What a page fetched before its first chart (URL paths), weighed in the build it came from. */
export function loadedKb(paths, bundle) {
  const size = (list) => kb(list.reduce((s, p) => s + bundle.gz(p.slice(1)), 0));
  const js = paths.filter((p) => p.endsWith('.js'));
  const css = paths.filter((p) => p.endsWith('.css'));
  return { jsKb: size(js), cssKb: size(css), files: paths };
}

/** The app built in `cwd` (its own vite.config.ts, so its own build steps) into `cwd`/dist. */
export function buildApp(cwd = process.cwd()) {
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd });
  return join(cwd, 'dist');
}

/** The bare baseline page (bench/bare/): where it is built, how it is served, and its build. */
export const BARE_DIST = resolve('node_modules/.cache/bench-bare-dist');
export const BARE_PREVIEW_ARGS = ['--config', 'bench/bare/vite.config.ts'];
export function buildBare() {
  run('npx', ['vite', 'build', ...BARE_PREVIEW_ARGS, '--logLevel', 'warn']);
}

/** A revision as the bench names it: the commit and its subject. */
export function describeRevision(rev) {
  const commit = git(['rev-parse', '--verify', `${rev}^{commit}`]);
  return { rev, commit, subject: git(['log', '-1', '--format=%s', commit]) };
}

/**
 * A detached git worktree of `rev` (git's own checkout: the main working tree and its index are
 * not touched), with this repository's node_modules linked in rather than installed. It lives in
 * the system's temporary folder, not under node_modules: Vite and its plugins treat a path with
 * /node_modules/ in it as a dependency's, so the revision would not be built as the app is.
 * `remove()` deletes it; a copy left by an interrupted run is removed first.
 */
export function addWorktree(name, rev) {
  const path = join(tmpdir(), `district-dashboard-${name}`);
  const remove = () => {
    if (existsSync(path)) git(['worktree', 'remove', '--force', path]);
    git(['worktree', 'prune']);
  };
  remove();
  git(['worktree', 'add', '--detach', path, rev]);
  symlinkSync(resolve('node_modules'), join(path, 'node_modules'), 'dir');
  return { path, remove };
}
