// Demo data for a first start: one account per role (passwords and second-factor secrets returned once, to be printed),
// a pool of realistic profiles submitted over the past months, each scored with the rules of its submission day, and
// IRCC's history of rounds when its feed is at hand (imported by the demo admin, so both histories show side by side).
import type { Clock } from './ports.ts';
import type { Ids } from './ports/accounts.ts';
import type { accountUseCases } from './accounts.ts';
import { saveDraft, submitProfile, type ProfileDeps } from './profiles.ts';
import { importIrccRounds } from './rounds.ts';
import { seededRandom, syntheticProfile } from './synthetic.ts';
import { newTotpSecret, totpUri } from './totp.ts';
import { totpRequired, type Role } from '../domain/accounts.ts';
import { addDays } from '../domain/dates.ts';
import { checkEligibility } from '../domain/eligibility.ts';
import type { Instant, Profile, Province } from '../domain/vocabulary.ts';

type Accounts = ReturnType<typeof accountUseCases>;

export const DEMO_DOMAIN = 'demo.entree-express.invalid';

const DEMO_ACCOUNTS: readonly { local: string; role: Role; displayName: string; province?: Province }[] = [
  { local: 'candidate', role: 'candidate', displayName: 'Priya Candidate' },
  { local: 'representative', role: 'representative', displayName: 'Rémi Représentant' },
  { local: 'officer', role: 'officer', displayName: 'Olivia Officer' },
  { local: 'approver', role: 'round_approver', displayName: 'Alain Approbateur' },
  { local: 'province', role: 'province', displayName: 'Ontario PNP', province: 'ON' },
  { local: 'employer', role: 'employer', displayName: 'Érable Software Inc.' },
  { local: 'auditor', role: 'auditor', displayName: 'Aude Auditrice' },
  { local: 'admin', role: 'admin', displayName: 'Admin' },
];

export interface DemoAccount {
  email: string;
  role: Role;
  password: string;
  totpSecret: string | null;
  totpUri: string | null;
}

export interface SeedResult {
  seeded: boolean;
  accounts: DemoAccount[];
  profiles: number;
  /** IRCC rounds imported from its feed (0 when no feed was given or they were there already). */
  irccRounds?: number;
}

export interface SeedDeps {
  accounts: Accounts;
  /** For the pool's synthetic candidates, who never sign in: a cheap hasher is fine there. */
  poolAccounts: Accounts;
  profiles: ProfileDeps;
  clock: Clock;
  ids: Ids;
}

function password(ids: Ids): string {
  return Buffer.from(ids.randomBytes(12)).toString('base64url');
}

/** Fixed clock at an instant: submissions stamped over the past months. */
function clockAt(instant: Instant): Clock {
  return { now: () => instant, today: () => instant.slice(0, 10) };
}

/**
 * IRCC's rounds from its feed (parsed ee_rounds_123_en.json), imported by the demo admin when none are stored yet:
 * on the first start, and on the next start of a database seeded before the feed was read. Returns how many.
 */
async function seedIrccRounds(deps: SeedDeps, adminId: string, feed: unknown): Promise<number> {
  const stored = await deps.profiles.uow.read((r) => r.irccRounds.list());
  if (stored.length > 0) return 0;
  const imported = await importIrccRounds({ uow: deps.profiles.uow, clock: deps.clock }, { actorId: adminId, role: 'admin', onBehalfOf: null }, feed);
  return imported.ok ? imported.value.imported : 0;
}

/** Seeds once: does nothing when the demo admin already exists (but IRCC's rounds, when missing and a feed is given). */
export async function seedDemo(
  deps: SeedDeps,
  options: { profiles: number; seed?: number; example?: Profile | null; irccFeed?: unknown; onProgress?: (done: number, total: number) => void },
): Promise<SeedResult> {
  const first = `${DEMO_ACCOUNTS[0]!.local}@${DEMO_DOMAIN}`;
  const existing = await deps.profiles.uow.read((r) => r.accounts.byEmail(`admin@${DEMO_DOMAIN}`));
  if (existing) {
    const irccRounds = options.irccFeed === undefined ? 0 : await seedIrccRounds(deps, existing.id, options.irccFeed);
    return { seeded: false, accounts: [], profiles: 0, irccRounds };
  }

  const accounts: DemoAccount[] = [];
  let candidateId: string | null = null;
  let adminId: string | null = null;
  for (const a of DEMO_ACCOUNTS) {
    const email = `${a.local}@${DEMO_DOMAIN}`;
    const pw = password(deps.ids);
    const secret = totpRequired(a.role) ? newTotpSecret(deps.ids.randomBytes(20)) : null;
    const created = await deps.accounts.provisionAccount(
      { email, password: pw, displayName: a.displayName, locale: 'fr', role: a.role, province: a.province ?? null },
      { totpSecret: secret },
    );
    if (!created.ok) throw new Error(`demo account ${email}: ${JSON.stringify(created)}`);
    if (email === first) candidateId = created.value.id;
    if (a.role === 'admin') adminId = created.value.id;
    accounts.push({ email, role: a.role, password: pw, totpSecret: secret, totpUri: secret ? totpUri(secret, email) : null });
  }

  // The demo candidate's own profile, submitted today.
  if (candidateId && options.example) {
    const actor = { actorId: candidateId, role: 'candidate' as const, onBehalfOf: null };
    const draft = await saveDraft(deps.profiles, actor, { data: options.example });
    if (draft.ok) await submitProfile(deps.profiles, actor, { profileId: draft.value.id });
  }

  // The pool: synthetic candidates, each with one profile submitted on a day of the past eleven months.
  const rng = seededRandom(options.seed ?? 2026);
  const now = deps.clock.now();
  let done = 0;
  for (let i = 0; i < options.profiles; i++) {
    const day = addDays(deps.clock.today(), -Math.floor(rng() * 330) - 1);
    const instant = `${day}T${String(Math.floor(rng() * 24)).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}.000Z`;
    // The pool holds profiles that met a program's criteria: draw again (a few times) when one does not.
    let profile = syntheticProfile(rng, day);
    for (let tries = 0; tries < 8 && !checkEligibility(profile, day).expressEntryEligible; tries++) profile = syntheticProfile(rng, day);
    const account = await deps.poolAccounts.provisionAccount({
      email: `pool-${String(i + 1).padStart(5, '0')}@${DEMO_DOMAIN}`,
      password: password(deps.ids),
      displayName: `Candidate ${i + 1}`,
      locale: rng() < 0.3 ? 'fr' : 'en',
      role: 'candidate',
    });
    if (!account.ok) throw new Error(`demo pool account ${i + 1}: ${JSON.stringify(account)}`);
    const actor = { actorId: account.value.id, role: 'candidate' as const, onBehalfOf: null };
    const at = { uow: deps.profiles.uow, clock: clockAt(instant < now ? instant : now) };
    const draft = await saveDraft(at, actor, { data: profile });
    if (!draft.ok) throw new Error(`demo profile ${i + 1}: ${JSON.stringify(draft.error)}`);
    await submitProfile(at, actor, { profileId: draft.value.id });
    done++;
    options.onProgress?.(done, options.profiles);
  }
  const irccRounds = adminId && options.irccFeed !== undefined ? await seedIrccRounds(deps, adminId, options.irccFeed) : 0;
  return { seeded: true, accounts, profiles: done, irccRounds };
}
