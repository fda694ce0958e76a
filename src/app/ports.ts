// Ports: what the use cases need from the outside world, implemented in db/ and wired in server/.
import type { Instant, IsoDate } from '../domain/vocabulary.ts';
import type { NocIndex } from '../domain/noc.ts';

/** The clock, injected so that every use case can be run "as of" any day and tested without waiting. */
export interface Clock {
  /** Today's calendar day in UTC. */
  today(): IsoDate;
  now(): Instant;
}

/** Official reference data read from the data directory (NOC 2021). */
export interface ReferenceData {
  nocIndex(): Promise<NocIndex>;
}

export const systemClock: Clock = {
  today: () => new Date().toISOString().slice(0, 10),
  now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
};
