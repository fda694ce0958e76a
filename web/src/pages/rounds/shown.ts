// One shape for a round on screen, whether ours (a published report) or IRCC's (imported from its feed).
import type { BandCount, IrccRound, RoundProgram, RoundReport, RoundType } from '../../lib/api-rounds.ts';
import type { CutoffSeriesPoint } from '../../components/charts/CutoffChart.tsx';

export interface ShownRound {
  source: 'ours' | 'ircc';
  /** The number as shown: `437`, IRCC's `91a`. */
  label: string;
  number: number;
  date: string;
  instant: string;
  name: string;
  type: RoundType | null;
  program: RoundProgram | null;
  category: string | null;
  categoryVersion: string | null;
  eligiblePrograms: RoundProgram[];
  size: number;
  cutoff: number | null;
  tieBreak: string | null;
  /** Ours only: the rules version the round ran under. */
  rulesVersion: string | null;
  distributionAsOf: string;
  distribution: BandCount[];
  /** IRCC only: oddities of its record (`ircc.note.<code>`). */
  notes: string[];
}

export function fromReport(r: RoundReport, lang: 'fr' | 'en'): ShownRound {
  return {
    source: 'ours',
    label: `${r.number}${r.numberSuffix ?? ''}`,
    number: r.number,
    date: r.date,
    instant: r.instant,
    name: r.name[lang],
    type: r.type,
    program: r.program,
    category: r.category,
    categoryVersion: r.categoryVersion,
    eligiblePrograms: r.eligiblePrograms,
    size: r.size,
    cutoff: r.cutoff,
    tieBreak: r.tieBreak,
    rulesVersion: r.rulesVersion,
    distributionAsOf: r.distributionAsOf,
    distribution: r.distribution,
    notes: [],
  };
}

export function fromIrcc(r: IrccRound): ShownRound {
  return {
    source: 'ircc',
    label: r.drawNumber,
    number: r.number,
    date: r.date,
    instant: r.instant,
    name: r.name,
    type: r.type,
    program: r.program,
    category: r.category,
    categoryVersion: r.categoryVersion,
    eligiblePrograms: r.eligiblePrograms,
    size: r.size,
    cutoff: r.cutoff,
    tieBreak: r.tieBreak,
    rulesVersion: null,
    distributionAsOf: r.distributionAsOf,
    distribution: r.distribution,
    notes: r.notes,
  };
}

/** The points of the cut-offs chart: rounds that invited someone. */
export function cutoffPoints(rounds: readonly ShownRound[]): CutoffSeriesPoint[] {
  return rounds.filter((r) => r.cutoff !== null && r.size > 0).map((r) => ({ date: r.date, cutoff: r.cutoff!, label: r.label, name: r.name }));
}
