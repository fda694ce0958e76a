// Server configuration from the environment, validated at start with clear errors (all of them at once).
import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy } from '../http/client-ip.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000), // 0: any free port (tests)
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'a postgres:// or postgresql:// URL' })
    .optional(),
  EE_PGLITE_DIR: z.string().min(1).default(path.join(repoRoot, '.data', 'pglite')),
  EE_DATA_DIR: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: 'an smtp:// or smtps:// URL' })
    .optional(),
  EMAIL_FROM: z.string().min(3).default('Entrée express <no-reply@entree-express.invalid>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EE_SEED_PROFILES: z.coerce.number().int().min(0).max(100_000).default(300),
  EE_WEB_DIST: z.string().min(1).default(path.join(repoRoot, 'web', 'dist')),
  // Off by default: X-Forwarded-For is ignored. A number of proxy hops, or the proxies' addresses (see client-ip.ts).
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return parseTrustProxy(v);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `a number of proxy hops, or loopback, linklocal, uniquelocal, IP addresses or CIDR ranges separated by commas: ${(error as Error).message}` });
        return z.NEVER;
      }
    }),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration / configuration non valide:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Reads the configuration; throws ConfigError listing every bad variable and what it expects. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = schema.safeParse(present);
  if (r.success) return r.data;
  throw new ConfigError(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])] ?? null)})`));
}
