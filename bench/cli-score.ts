// Benchmark: `ee crs score --no-lines` over 100,000 JSON lines, as a user runs it (a new process each time).
// Run: npm run bench:cli  (prints medians; results go to docs/benchmarks.md by hand, with the machine and date).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LINES = Number(process.env.LINES ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 5);
const root = path.resolve(import.meta.dirname, '..');

// A small deterministic generator (xorshift32): varied but valid factor sets.
let seed = 0x2545f491;
const rnd = (n: number) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
const education = ['none', 'secondary', 'one_year', 'two_year', 'bachelors_or_three_year', 'two_or_more_one_3yr', 'masters_or_professional', 'doctoral'] as const;
const clb = () => 4 + rnd(9);
const abilities = () => ({ speaking: clb(), listening: clb(), reading: clb(), writing: clb() });

const lines: string[] = [];
for (let i = 0; i < LINES; i++) {
  const married = rnd(3) === 0;
  lines.push(
    JSON.stringify({
      asOf: `20${15 + rnd(12)}-0${1 + rnd(9)}-1${rnd(10)}`,
      age: 18 + rnd(30),
      maritalStatus: married ? 'married' : 'single',
      spouseCanadianCitizenOrPR: false,
      spouseAccompanying: married,
      education: pick(education),
      canadianEducation: pick(['none', 'one_or_two_year', 'three_year_plus']),
      firstLanguage: { language: pick(['english', 'french']), ...abilities() },
      secondLanguage: rnd(3) === 0 ? abilities() : null,
      canadianWorkYears: rnd(7),
      foreignWorkYears: rnd(5),
      certificateOfQualification: rnd(10) === 0,
      provincialNomination: rnd(20) === 0,
      siblingInCanada: rnd(8) === 0,
      arrangedEmployment: pick(['none', 'none', 'none', 'major_group_00', 'teer_0_1_2_3']),
      spouseEducation: married ? pick(education) : 'none',
      spouseLanguage: married && rnd(2) === 0 ? abilities() : null,
      spouseCanadianWorkYears: married ? rnd(4) : 0,
    }),
  );
}
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ee-bench-')), 'factors.jsonl');
writeFileSync(file, lines.join('\n') + '\n');

const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'bin/ee.js'), 'crs', 'score', '--no-lines', file], { maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`ee exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  const out = r.stdout.toString().trimEnd().split('\n').length;
  if (out !== LINES) throw new Error(`expected ${LINES} output lines, got ${out}`);
  times.push(ms);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`machine: ${os.cpus()[0]?.model ?? '?'} (${os.cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`ee crs score --no-lines, ${LINES} lines: median ${median.toFixed(0)} ms over ${RUNS} runs (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}); goal ≤ 2000 ms`);
