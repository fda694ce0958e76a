// The composed server: first start migrates, seeds and prints the demo accounts once; API and web on one port.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIrccFeed, startServer } from '../src/server/http-server.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ee-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('startServer', () => {
  it('seeds on first start only, serves the API, the web app, and signs a demo account in', { timeout: 120_000 }, async () => {
    let printed = '';
    const first = await startServer({ database: { dataDir: dir }, port: 0, seedProfiles: 12, scheduler: false, logLevel: 'silent', print: (t) => (printed += t) });
    try {
      expect(first.seed.seeded).toBe(true);
      expect(first.seed.profiles).toBe(12);
      expect(first.seed.accounts.map((a) => a.role).sort()).toEqual(
        ['admin', 'auditor', 'candidate', 'employer', 'officer', 'province', 'representative', 'round_approver'],
      );
      for (const a of first.seed.accounts) {
        expect(printed).toContain(a.email);
        expect(printed).toContain(a.password);
        expect(a.totpSecret !== null).toBe(['officer', 'round_approver', 'province', 'admin'].includes(a.role));
      }

      const health = await fetch(`${first.url}/api/health`);
      expect(health.status).toBe(200);
      // IRCC's history comes with the demo data when the data directory holds its feed.
      const ircc = (await (await fetch(`${first.url}/api/ircc-rounds`)).json()) as { rounds: unknown[] };
      expect(ircc.rounds.length > 300).toBe(readIrccFeed(process.env) !== undefined);
      expect(first.seed.irccRounds ?? 0).toBe(ircc.rounds.length);
      const root = await fetch(`${first.url}/`, { redirect: 'manual', headers: { 'accept-language': 'en-CA,en;q=0.9' } });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/en/');
      const page = await fetch(`${first.url}/fr/calculatrice-scg`);
      expect([200, 503]).toContain(page.status); // 503 with a clear message when web/dist is not built

      const candidate = first.seed.accounts.find((a) => a.role === 'candidate')!;
      const signIn = await fetch(`${first.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: candidate.email, password: candidate.password }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
      const profiles = await fetch(`${first.url}/api/profiles`, { headers: { cookie } });
      expect(profiles.status).toBe(200);
      const body = (await profiles.json()) as { profiles?: { status: string }[] } | { status: string }[];
      const list = Array.isArray(body) ? body : (body.profiles ?? []);
      expect(list.map((p) => p.status)).toEqual(['submitted']);
    } finally {
      await first.close();
    }

    let again = '';
    const second = await startServer({ database: { dataDir: dir }, port: 0, seedProfiles: 12, scheduler: false, logLevel: 'silent', print: (t) => (again += t) });
    try {
      expect(second.seed.seeded).toBe(false);
      expect(second.seed.irccRounds).toBe(0); // already there
      expect(again).not.toContain('@demo.entree-express.invalid');
    } finally {
      await second.close();
    }
  });

  it('refuses a bad configuration with every problem named', async () => {
    await expect(startServer({ env: { PORT: 'x', DATABASE_URL: 'mysql://h' }, seed: false, scheduler: false })).rejects.toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
