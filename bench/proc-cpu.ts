// CPU time of processes on this machine, from Linux's /proc (user + system, in seconds; 100 ticks per second), so a
// benchmark can say where the CPU went: the server, PostgreSQL, the load generator. Elsewhere than Linux: NaN.
import { readdirSync, readFileSync } from 'node:fs';

function fieldsOf(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return null;
  }
}

/** CPU seconds used so far by these processes (NaN when /proc cannot tell); `mode` picks user or system time alone. */
export function cpuSecondsOf(pids: readonly number[], mode: 'all' | 'user' | 'system' = 'all'): number {
  let ticks = 0;
  for (const pid of pids) {
    const f = fieldsOf(pid);
    if (f === null) return Number.NaN;
    ticks += (mode === 'system' ? 0 : Number(f[11])) + (mode === 'user' ? 0 : Number(f[12]));
  }
  return ticks / 100;
}

/** CPU seconds used so far by each process whose command name is `name` (e.g. PostgreSQL's), by process id. */
export function cpuSecondsByCommand(name: string, mode: 'all' | 'user' | 'system' = 'all'): Map<number, number> {
  const seconds = new Map<number, number>();
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return seconds;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== name) continue;
    } catch {
      continue;
    }
    const s = cpuSecondsOf([pid], mode);
    if (Number.isFinite(s)) seconds.set(pid, s);
  }
  return seconds;
}

/**
 * The CPU seconds those processes used between two readings: the processes alive at the second, less what each had at
 * the first (a process that ended in between is missed: a connection pool closing idle connections makes it low).
 */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, s] of after) sum += s - (before.get(pid) ?? 0);
  return sum;
}
