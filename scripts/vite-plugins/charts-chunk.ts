import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChunkingContext } from 'rolldown';

// Which modules make up the 'charts' chunk (vite.config.ts's codeSplitting group), found in the
// module graph so that no source path or package list is written down anywhere.

const appPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/**
 * The folders of a package and of every package it needs, found as Node finds them (the nearest
 * node_modules upwards), leaving out what the app depends on itself: React comes with the first
 * view whatever the charts need.
 */
function packageTree(name: string): string[] {
  const folders = new Set<string>();
  const visit = (packageName: string, from: string) => {
    for (let dir = from; ; dir = dirname(dir)) {
      const folder = join(dir, 'node_modules', packageName);
      if (existsSync(join(folder, 'package.json'))) {
        const real = realpathSync(folder);
        if (folders.has(real)) return;
        folders.add(real);
        const manifest = JSON.parse(readFileSync(join(real, 'package.json'), 'utf8'));
        const needs = { ...manifest.peerDependencies, ...manifest.dependencies };
        for (const need of Object.keys(needs)) {
          if (!(need in appPackage.dependencies)) visit(need, real);
        }
        return;
      }
      if (dirname(dir) === dir) return;
    }
  };
  visit(name, fileURLToPath(new URL('../..', import.meta.url)));
  return [...folders].map((folder) => folder + sep);
}

const rechartsTree = packageTree('recharts');
const inRechartsTree = (id: string) => rechartsTree.some((folder) => id.startsWith(folder));

/**
 * The chart code, found in the module graph so that no source path is named here: Recharts with
 * every package it needs, and the app's modules loaded later by exactly the parts of the page that
 * load Recharts (the chart components, their palette and words), none of the first view's code.
 */
function chartCode(anyId: string, ctx: ChunkingContext): Set<string> {
  const info = (id: string) => ctx.getModuleInfo(id);
  const all = new Set<string>();
  for (const pending = [anyId]; pending.length > 0;) {
    const id = pending.pop()!;
    const module = info(id);
    if (all.has(id) || !module) continue;
    all.add(id);
    pending.push(...module.importers, ...module.dynamicImporters);
    pending.push(...module.importedIds, ...module.dynamicallyImportedIds);
  }
  // A module with all it imports statically (not past `skip`): what must be loaded before it runs.
  const withImports = (root: string, skip: (from: string, to: string) => boolean = () => false) => {
    const found = new Set<string>();
    for (const pending = [root]; pending.length > 0;) {
      const id = pending.pop()!;
      if (found.has(id)) continue;
      found.add(id);
      pending.push(...(info(id)?.importedIds ?? []).filter((to) => !skip(id, to)));
    }
    return found;
  };
  const ids = [...all];
  const firstView = new Set(
    ids.filter((id) => info(id)?.isEntry).flatMap((id) => [...withImports(id)]),
  );
  const loadedLater = ids.filter((id) => (info(id)?.dynamicImporters.length ?? 0) > 0);
  const fromFirstView = (id: string) =>
    info(id)?.dynamicImporters.some((importer) => firstView.has(importer)) ?? false;
  // A part the chart code itself loads later (a chart's tooltip) imports the Recharts modules
  // it needs by their own path: those, and what only they need, stay out of the charts chunk,
  // though Recharts' index lists them (the charts, importing that index, use none of them).
  const deferred = new Set(
    loadedLater
      .filter((id) => !fromFirstView(id))
      .flatMap((id) => [...withImports(id)])
      .filter((id) => inRechartsTree(id))
      .flatMap((id) => [...withImports(id)]),
  );
  const viaIndex = (from: string, to: string) =>
    deferred.has(to) &&
    inRechartsTree(from) &&
    (info(from)?.importers.some((importer) => !inRechartsTree(importer)) ?? false);
  // The parts the first view loads later: each of its dynamic imports with what it imports.
  const laterParts = loadedLater.filter(fromFirstView).map((id) => withImports(id, viaIndex));
  const chartParts = laterParts.filter((part) => [...part].some(inRechartsTree));
  const loadedWithCharts = (id: string) => {
    const parts = laterParts.filter((part) => part.has(id));
    return (
      parts.length > 0 &&
      parts.length === chartParts.length &&
      parts.every((part) => chartParts.includes(part))
    );
  };
  const neededByCharts = (id: string) => chartParts.some((part) => part.has(id));
  return new Set(
    ids.filter(
      (id) =>
        !firstView.has(id) && ((inRechartsTree(id) && neededByCharts(id)) || loadedWithCharts(id)),
    ),
  );
}

const chartCodeByPass = new WeakMap<ChunkingContext, Set<string>>();
export function chartsChunk(id: string, ctx: ChunkingContext): string | null {
  let found = chartCodeByPass.get(ctx);
  if (!found) chartCodeByPass.set(ctx, (found = chartCode(id, ctx)));
  return found.has(id) ? 'charts' : null;
}
