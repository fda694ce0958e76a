// Round selection on 1,000,000 synthetic pool candidates (seeded, so every run selects over the same pool): median
// time of selectRound for a general round of 5,000, a CEC round of 3,000, a French category round, and a round by
// minimum CRS that invites half the pool, and one that invites all of it (the worst case: the whole pool is sorted).
// Run: `node bench/rounds-select.ts` (through npx, Node 24). Evidence, not a timed test (issue #4).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/app/synthetic.ts';
import { selectRound, type PoolCandidate, type RoundSpec } from '../src/domain/rounds.ts';
import { PROVINCES } from '../src/domain/vocabulary.ts';
import type { CategoryCode } from '../src/domain/rules/categories.ts';

const COUNT = Number(process.env.POOL_SIZE ?? 1_000_000);
const RUNS = 7;
const INSTANT = '2026-03-10T12:00:00Z';

const prng = seededRandom;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function instantAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function generate(count: number, seed: number): PoolCandidate[] {
  const rnd = prng(seed);
  const start = Date.parse('2025-03-11T00:00:00Z');
  const span = Date.parse(INSTANT) - start;
  const programSets: readonly (readonly ('cec' | 'fsw' | 'fst')[])[] = [['fsw'], ['cec'], ['cec', 'fsw'], ['fst'], ['fsw', 'fst'], ['cec', 'fsw', 'fst']];
  const categorySets: readonly (readonly CategoryCode[])[] = [[], [], [], ['french'], ['healthcare'], ['stem'], ['trades'], ['french', 'healthcare']];
  const out: PoolCandidate[] = new Array(count);
  for (let i = 0; i < count; i++) {
    // Roughly IRCC's 2026 shape: most of the pool between 350 and 500, a thin tail above 600 (nominees).
    const nominated = rnd() < 0.003;
    const base = Math.round(300 + 200 * (rnd() + rnd() + rnd()) / 3 + (rnd() - 0.5) * 120);
    const score = Math.max(0, Math.min(1200, nominated ? base + 600 : base));
    const submitted = start + Math.floor(rnd() * span);
    out[i] = {
      profileId: `P${pad(i, 8)}`,
      candidateId: `C${pad(i, 8)}`,
      score,
      submittedAt: instantAt(submitted),
      expiresAt: instantAt(submitted + 365 * 86_400_000),
      eligiblePrograms: programSets[Math.floor(rnd() * programSets.length)]!,
      nominated,
      province: PROVINCES[Math.floor(rnd() * PROVINCES.length)]!,
      categories: categorySets[Math.floor(rnd() * categorySets.length)]!,
    };
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const t0 = performance.now();
const pool = generate(COUNT, 20260310);
console.log(`Generated ${COUNT.toLocaleString('en-CA')} candidates in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);

const rounds: [string, RoundSpec][] = [
  ['general, size 5,000', { type: 'general', size: 5000, instant: INSTANT }],
  ['CEC, size 3,000', { type: 'program', program: 'cec', size: 3000, instant: INSTANT }],
  ['French category, size 6,000', { type: 'category', category: 'french', size: 6000, instant: INSTANT }],
  ['general, minimum CRS 400 (half the pool)', { type: 'general', minimumCrs: 400, instant: INSTANT }],
  ['general, minimum CRS 0 (the whole pool)', { type: 'general', minimumCrs: 0, instant: INSTANT }],
];
for (const [label, spec] of rounds) {
  const times: number[] = [];
  let result = selectRound(spec, pool); // warm-up
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    result = selectRound(spec, pool);
    times.push(performance.now() - t);
  }
  console.log(
    `${label.padEnd(46)} median ${median(times).toFixed(0).padStart(5)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})  ` +
      `invited ${result.invited.length.toLocaleString('en-CA')}, cut-off ${result.cutoff}, tie-break ${result.tieBreak}`,
  );
}
