// `ee itas expire` in-process on a file-backed PGlite (each command opens and closes the database, as the real CLI
// does): the ITAs past their deadline expire once, their profiles leave the pool; JSON and text output; a bad --at.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runEe } from '../cli-harness.ts';
import { openOperations } from '../../src/server/operations.ts';
import { approveRound, draftRound, executeRound, simulateRound } from '../../src/app/rounds.ts';
import { json } from '../../src/db/sql.ts';
import { addDays } from '../../src/domain/dates.ts';
import { cecSoftwareEngineerToronto } from '../fixtures/profiles.ts';
import { value } from './fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ee-cli-itas-'));
const env = { EE_PGLITE_DIR: path.join(dir, 'pglite') };
const clock = { today: () => '2025-03-24', now: () => '2025-03-24T12:00:00.000Z' };

const ee = (args: string[]) => runEe(args, { clock, operations: () => openOperations(env, { clock }) });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ee itas expire', () => {
  it('expires the ITAs not answered by their deadline, once', async () => {
    const ops = await openOperations(env, { clock });
    let deadline: string;
    const profileIds: string[] = [];
    try {
      const db = ops.handle.db;
      const account = async (email: string, role: 'officer' | 'round_approver' | 'candidate') =>
        (await db.insertInto('account').values({ email, password_hash: 'x', role, province: null, display_name: role }).returning('id').executeTakeFirstOrThrow()).id;
      const officer = { actorId: await account('officer@example.org', 'officer'), role: 'officer' as const, onBehalfOf: null };
      const approver = { actorId: await account('approver@example.org', 'round_approver'), role: 'round_approver' as const, onBehalfOf: null };
      for (const [i, score] of [510, 490].entries()) {
        const id = await account(`c${i}@example.org`, 'candidate');
        const row = await db
          .insertInto('profile')
          .values({ candidate_id: id, status: 'submitted', data: json(cecSoftwareEngineerToronto), submitted_at: '2025-03-01T10:00:00Z', expires_at: '2026-03-01T10:00:00Z', score_total: score, eligible_programs: ['cec'] })
          .returning('id')
          .executeTakeFirstOrThrow();
        profileIds.push(row.id);
      }
      const deps = { uow: ops.uow, clock };
      const round = value(await draftRound(deps, officer, { type: 'general', size: 2, instant: '2025-03-20T12:00:00Z' }));
      value(await simulateRound(deps, officer, round.id));
      value(await approveRound(deps, approver, round.id));
      const executed = value(await executeRound(deps, approver, round.id));
      expect(executed.itas).toHaveLength(2);
      deadline = executed.itas[0]!.deadline;
    } finally {
      await ops.close();
    }

    // On the last day to answer, nothing expires; the day after, both do; a second run finds nothing.
    expect(JSON.parse((await ee(['itas', 'expire', '--at', `${deadline}T23:59:59Z`, '--json'])).stdout)).toEqual({ expired: 0 });
    expect((await ee(['itas', 'expire', '--lang', 'en'])).stdout).toBe('No invitation expired.\n'); // now: long before the deadline
    const after = await ee(['itas', 'expire', '--at', addDays(deadline, 1), '--lang', 'fr']);
    expect(after).toMatchObject({ code: 0, stdout: '2 invitations ont expiré.\n', stderr: '' });
    expect(JSON.parse((await ee(['itas', 'expire', '--at', '2026-01-01', '--json'])).stdout)).toEqual({ expired: 0 });

    const check = await openOperations(env, { clock });
    try {
      const rows = await check.handle.db.selectFrom('profile').select(['id', 'status']).where('id', 'in', profileIds).execute();
      expect(rows.map((r) => r.status)).toEqual(['ita_expired', 'ita_expired']);
      const itas = await check.handle.db.selectFrom('ita').select('status').execute();
      expect(itas.map((i) => i.status)).toEqual(['expired', 'expired']);
    } finally {
      await check.close();
    }
  });

  it('refuses a malformed --at with a usage error', async () => {
    const bad = await ee(['itas', 'expire', '--at', '24/03/2025']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--at');
  });
});
