// `ee round …` and `ee rounds import-ircc` in-process on a file-backed PGlite (each command opens and closes the
// database, as the real CLI does): the whole workflow, separation of duties, idempotent execute, JSON output.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runEe } from '../cli-harness.ts';
import { openOperations } from '../../src/server/operations.ts';
import { json } from '../../src/db/sql.ts';
import { testDataDir } from '../data-dir.ts';
import { cecSoftwareEngineerToronto } from '../fixtures/profiles.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ee-cli-rounds-'));
const env = { EE_PGLITE_DIR: path.join(dir, 'pglite') };
const clock = { today: () => '2025-03-24', now: () => '2025-03-24T12:00:00.000Z' };

const ee = (args: string[]) => runEe(args, { clock, operations: () => openOperations(env, { clock }) });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ee round', () => {
  it('drafts, simulates, approves, executes once and publishes, as the right accounts', async () => {
    const ops = await openOperations(env, { clock });
    try {
      const db = ops.handle.db;
      for (const [email, role] of [['officer@example.org', 'officer'], ['approver@example.org', 'round_approver']] as const) {
        await db.insertInto('account').values({ email, password_hash: 'x', role, province: null, display_name: role }).execute();
      }
      for (const [i, score] of [510, 490, 470].entries()) {
        const id = (await db.insertInto('account').values({ email: `c${i}@example.org`, password_hash: 'x', role: 'candidate', province: null, display_name: 'C' }).returning('id').executeTakeFirstOrThrow()).id;
        await db
          .insertInto('profile')
          .values({ candidate_id: id, status: 'submitted', data: json(cecSoftwareEngineerToronto), submitted_at: '2025-03-01T10:00:00Z', expires_at: '2026-03-01T10:00:00Z', score_total: score, eligible_programs: ['cec'] })
          .execute();
      }
    } finally {
      await ops.close();
    }
    const officer = ['--as', 'officer@example.org', '--lang', 'en'];
    const approver = ['--as', 'approver@example.org', '--lang', 'en'];
    const draft = await ee(['round', 'draft', ...officer, '--type', 'general', '--size', '2', '--instant', '2025-03-20T12:00:00Z', '--json']);
    expect(draft).toMatchObject({ code: 0, stderr: '' });
    const number = (JSON.parse(draft.stdout) as { number: number }).number;
    expect(await ee(['round', 'draft', ...approver, '--type', 'general', '--size', '2', '--instant', '2025-03-20T12:00:00Z'])).toMatchObject({ code: 1, stderr: 'Refused: forbidden \n' });

    const simulated = await ee(['round', 'simulate', String(number), ...officer]);
    expect(simulated.code).toBe(0);
    expect(simulated.stdout).toContain(`Round ${number} (general, simulated) at 2025-03-20T12:00:00.000Z: cut-off 490, 2 invited of a pool of 3`);
    expect(simulated.stdout).toContain('CEC 2');

    expect((await ee(['round', 'approve', String(number), ...officer])).code).toBe(1);
    expect((await ee(['round', 'approve', String(number), ...approver])).code).toBe(0);
    const executed = await ee(['round', 'execute', String(number), ...approver]);
    expect(executed.stdout).toContain('2 invitations issued.');
    expect((await ee(['round', 'execute', String(number), ...approver])).stdout).toContain('Already executed: 2 invitations');

    // The public sees nothing until it is published.
    expect((await ee(['round', 'show', String(number), '--lang', 'en'])).code).toBe(1);
    expect((await ee(['round', 'publish', String(number), ...officer])).code).toBe(0);
    const shown = await ee(['round', 'show', String(number), '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({ round: { number, status: 'published', report: { size: 2, cutoff: 490 } }, itas: [] });
    const list = await ee(['round', 'list', '--lang', 'fr']);
    expect(list.stdout).toContain(`Ronde ${number} (general, published)`);
    expect((await ee(['round', 'show', '1', '--as', 'nobody@example.org'])).stderr).toContain('No account');
  });

  const DATA = testDataDir('cli-rounds.test');
  const FEED = DATA ? path.join(DATA, 'express_entry/ee_rounds_123_en.json') : null;
  it.skipIf(!FEED || !existsSync(FEED))('imports IRCC’s feed', async () => {
    const r = await ee(['rounds', 'import-ircc', FEED!, '--as', 'officer@example.org', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { imported: number }).imported).toBeGreaterThan(300);
  });
});
