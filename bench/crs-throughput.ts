// CRS scoring throughput on one core: 1,000,000 varied, valid factor sets (seeded, so every run scores the same ones),
// timed for scoreCrsFast (blocks only) and scoreCrs (with explanation lines). Run: `npm run bench`.
// Goal (issue #2): ≥ 6,000,000 scores/s on the fast path, ≥ 500,000/s with lines.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/app/synthetic.ts';
import { scoreCrs, scoreCrsFast } from '../src/domain/crs.ts';
import {
  ARRANGED_EMPLOYMENT_KINDS,
  CANADIAN_EDUCATION_LEVELS,
  EDUCATION_LEVELS,
  MARITAL_STATUSES,
  type AbilityLevels,
  type CrsFactors,
} from '../src/domain/vocabulary.ts';

const COUNT = 1_000_000;
const RUNS = 7;

const prng = seededRandom;

// Days on both sides of every CRS rule change, and recent days.
const DAYS = ['2015-03-01', '2016-11-18', '2016-11-19', '2017-06-06', '2019-05-01', '2020-10-27', '2022-11-16', '2024-08-01', '2025-03-25', '2026-06-01'];

function generate(count: number, seed: number): CrsFactors[] {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const levels = (): AbilityLevels => ({ speaking: int(0, 12), listening: int(0, 12), reading: int(0, 12), writing: int(0, 12) });
  const out: CrsFactors[] = new Array(count);
  for (let i = 0; i < count; i++) {
    out[i] = {
      asOf: pick(DAYS),
      age: int(17, 50),
      maritalStatus: pick(MARITAL_STATUSES),
      spouseCanadianCitizenOrPR: rnd() < 0.2,
      spouseAccompanying: rnd() < 0.8,
      education: pick(EDUCATION_LEVELS),
      canadianEducation: pick(CANADIAN_EDUCATION_LEVELS),
      firstLanguage: { language: rnd() < 0.8 ? 'english' : 'french', ...levels() },
      secondLanguage: rnd() < 0.4 ? levels() : null,
      canadianWorkYears: int(0, 7),
      foreignWorkYears: int(0, 7),
      certificateOfQualification: rnd() < 0.1,
      provincialNomination: rnd() < 0.1,
      siblingInCanada: rnd() < 0.15,
      arrangedEmployment: pick(ARRANGED_EMPLOYMENT_KINDS),
      spouseEducation: pick(EDUCATION_LEVELS),
      spouseLanguage: rnd() < 0.5 ? levels() : null,
      spouseCanadianWorkYears: int(0, 6),
    };
  }
  return out;
}

function timeRuns(name: string, inputs: readonly CrsFactors[], score: (f: CrsFactors) => number): { perSecond: number; checksum: number } {
  // Warm-up: let the JIT optimise on the same kind of input.
  let checksum = 0;
  for (let w = 0; w < 3; w++) for (let i = 0; i < 200_000; i++) checksum += score(inputs[i]!);
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < inputs.length; i++) checksum += score(inputs[i]!);
    const seconds = (performance.now() - start) / 1000;
    rates.push(inputs.length / seconds);
  }
  rates.sort((a, b) => a - b);
  const perSecond = rates[Math.floor(rates.length / 2)]!;
  console.log(
    `${name.padEnd(13)} median ${Math.round(perSecond).toLocaleString('en-US').padStart(11)} scores/s` +
      `  (min ${Math.round(rates[0]!).toLocaleString('en-US')}, max ${Math.round(rates[rates.length - 1]!).toLocaleString('en-US')}; ${RUNS} runs × ${inputs.length.toLocaleString('en-US')})`,
  );
  return { perSecond, checksum };
}

const inputs = generate(COUNT, 20150101);
console.log(`CRS throughput — ${COUNT.toLocaleString('en-US')} varied factor sets, asOf spread over ${DAYS.length} days (2015–2026)`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} logical CPUs), ${os.platform()} ${os.arch()}, node ${process.version}`);

const fast = timeRuns('scoreCrsFast', inputs, (f) => scoreCrsFast(f).total);
const full = timeRuns('scoreCrs', inputs, (f) => {
  const r = scoreCrs(f);
  return r.total + r.lines.length;
});
console.log(`checksum ${fast.checksum} / ${full.checksum}`);
console.log(`goals: fast ≥ 6,000,000/s ${fast.perSecond >= 6_000_000 ? 'met' : 'NOT met'}; with lines ≥ 500,000/s ${full.perSecond >= 500_000 ? 'met' : 'NOT met'}`);
