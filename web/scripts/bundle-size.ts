// Bundle budget of the public pages: gzip size of the JavaScript a first visit loads (the entry chunk and its static
// imports, from Vite's build manifest), the CSS, and each page loaded on demand. Run after `npm run web:build`:
//   node web/scripts/bundle-size.ts [--json]        exit code 1 when the initial JS is over budget (250 KB gzip).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = path.resolve(import.meta.dirname, '..', 'dist');

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
function sizes(file: string): { raw: number; gzip: number } {
  const body = readFileSync(path.join(dist, file));
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** A chunk and everything it imports statically (what the browser must load before running it). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entryKey) throw new Error('no entry in the build manifest: run npm run web:build first');
const initial = closure(entryKey);
const initialJs = [...initial].map((k) => manifest[k]!.file);
const initialCss = [...new Set([...initial].flatMap((k) => manifest[k]!.css ?? []))];
const sum = (files: string[]) => files.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

const js = sum(initialJs);
const css = sum(initialCss);
const pages = Object.entries(manifest)
  .filter(([, c]) => c.isDynamicEntry)
  .map(([key, c]) => {
    // What opening this page adds to the initial load.
    const extra = [...closure(key)].filter((k) => !initial.has(k)).map((k) => manifest[k]!.file);
    return { page: c.src ?? c.name ?? key, ...sum(extra) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const report = {
  budgetKbGzip: BUDGET_KB,
  initial: { js: { files: initialJs, kb: kb(js.raw), kbGzip: kb(js.gzip) }, css: { files: initialCss, kb: kb(css.raw), kbGzip: kb(css.gzip) } },
  pages: pages.map((p) => ({ page: p.page, kb: kb(p.raw), kbGzip: kb(p.gzip) })),
  withinBudget: js.gzip / 1024 <= BUDGET_KB,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Initial JavaScript (entry + static imports): ${report.initial.js.kbGzip} KB gzip (${report.initial.js.kb} KB), budget ${BUDGET_KB} KB gzip`);
  for (const f of initialJs) console.log(`  ${f}  ${kb(sizes(f).gzip)} KB gzip`);
  console.log(`Initial CSS: ${report.initial.css.kbGzip} KB gzip (${report.initial.css.kb} KB)`);
  console.log('Loaded on demand, per page (gzip):');
  for (const p of report.pages) console.log(`  ${p.page.padEnd(32)} +${p.kbGzip} KB`);
  console.log(report.withinBudget ? 'Within budget.' : 'OVER BUDGET.');
}
process.exitCode = report.withinBudget ? 0 : 1;
