// An open-model load generator: requests start on a schedule (a given rate, Poisson or evenly spaced arrivals) whatever
// the server's answers, and each latency is measured from the instant its request was DUE, so a server that falls
// behind is charged for the wait it caused (no coordinated omission). autocannon's `overallRate` is a closed model
// instead: every connection sends back to back until it has made its share of the second, then waits for the next
// second, so each second starts with all connections busy at once; and its correction for coordinated omission (on by
// default) takes 1/rate seconds for milliseconds (autocannon 9, lib/run.js: `Math.ceil(1 / rate)`, i.e. 1 ms), which
// adds to a 40 ms answer 39 invented ones of 39, 38 … 1 ms. See docs/benchmarks.md.
import http from 'node:http';

export interface PacedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PacedOptions {
  url: string;
  /** Requests per second. */
  rate: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of the same load before the measured ones (not counted). */
  warmup: number;
  arrivals: 'poisson' | 'uniform';
  /** The i-th request to send. */
  request: (i: number) => PacedRequest;
  /** A number in [0, 1) (seeded, so that two runs send the same schedule). */
  random: () => number;
  /** Most connections open at once (default 64); a request finding them all busy waits, and its wait counts. */
  maxConnections?: number;
}

export interface PacedResult {
  sent: number;
  /** Latencies in ms (due → answer read), sorted. */
  latencies: number[];
  errors: number;
  non2xx: number;
  /** Achieved rate over the measured seconds (answers per second). */
  achieved: number;
  /** Most requests in flight at once. */
  maxInFlight: number;
  /** The worst latency (ms) of the requests due in each measured second (a stall shows as a run of high values). */
  worstBySecond: number[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runPaced(o: PacedOptions): Promise<PacedResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.maxConnections ?? 64 });
  const target = new URL(o.url);
  const total = Math.round(o.rate * (o.warmup + o.duration));
  const warmupCount = Math.round(o.rate * o.warmup);
  // The schedule, fixed in advance (ms after the start).
  const due: number[] = [];
  let t = 0;
  for (let i = 0; i < total; i++) {
    due.push(t);
    t += o.arrivals === 'poisson' ? (-Math.log(1 - o.random()) * 1000) / o.rate : 1000 / o.rate;
  }
  /** Each measured answer: [due instant (ms after the start), latency (ms)]. */
  const answers: [number, number][] = [];
  let start = 0;
  let errors = 0;
  let non2xx = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let measuredFrom = 0;
  let lastAnswer = 0;
  const send = (i: number, dueAt: number) =>
    new Promise<void>((resolve) => {
      const r = o.request(i);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const headers = r.body === undefined ? r.headers : { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) };
      const req = http.request({ host: target.hostname, port: target.port, method: r.method, path: r.path, headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          inFlight--;
          const now = performance.now();
          if (i >= warmupCount) {
            answers.push([dueAt - start, now - dueAt]);
            if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode > 299) non2xx++;
            lastAnswer = now;
          }
          resolve();
        });
      });
      req.on('error', () => {
        inFlight--;
        if (i >= warmupCount) errors++;
        resolve();
      });
      req.end(r.body);
    });

  start = performance.now();
  const pending: Promise<void>[] = [];
  let next = 0;
  while (next < total) {
    const now = performance.now() - start;
    // Everything due by now goes out now (a late timer sends several; their latencies start at their due instants).
    while (next < total && due[next]! <= now) {
      if (next === warmupCount) measuredFrom = start + due[next]!;
      pending.push(send(next, start + due[next]!));
      next++;
    }
    if (next < total) await new Promise((r) => setTimeout(r, Math.max(0, due[next]! - (performance.now() - start))));
  }
  await Promise.all(pending);
  agent.destroy();
  const latencies = answers.map(([, l]) => l).sort((a, b) => a - b);
  const worstBySecond = new Map<number, number>();
  for (const [at, l] of answers) worstBySecond.set(Math.floor(at / 1000), Math.max(worstBySecond.get(Math.floor(at / 1000)) ?? 0, l));
  const seconds = (lastAnswer - measuredFrom) / 1000;
  return { sent: total - warmupCount, latencies, errors, non2xx, achieved: latencies.length / seconds, maxInFlight, worstBySecond: [...worstBySecond.values()] };
}
