// OpenAPI schemas of the accounts routes' answers (src/http/routes/auth.ts); the web takes its types from them.
import { z } from '@hono/zod-openapi';
import { AUTHORIZATION_SCOPES, ROLES } from '../domain/accounts.ts';
import { PROVINCES } from '../domain/vocabulary.ts';
import { instant } from './schemas.ts';

export const accountSchema = z
  .object({
    id: z.string().openapi({ format: 'uuid' }),
    email: z.string(),
    role: z.enum(ROLES),
    province: z.enum(PROVINCES).nullable(),
    displayName: z.string(),
    locale: z.enum(['fr', 'en']),
    totpEnabled: z.boolean(),
    createdAt: instant,
  })
  .openapi('Account');

export const sessionSchema = z
  .object({
    csrfToken: z.string().openapi({ description: 'Send it back in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE.' }),
    mfaVerified: z.boolean(),
    next: z.enum(['none', 'totp_verify', 'totp_enroll']).openapi({
      description:
        'What the session still needs: `totp_verify` (POST /api/auth/totp/verify) or `totp_enroll` (the role requires a second factor: ' +
        'POST /api/auth/totp/enroll then /confirm). Until then only those routes, GET /api/auth/me and sign-out answer.',
    }),
  })
  .openapi('Session');

export const signedInSchema = z
  .object({ account: accountSchema, session: sessionSchema.extend({ expiresAt: instant.openapi({ description: 'Absolute end of the session' }) }) })
  .openapi('SignedIn');

export const meSchema = z.object({ account: accountSchema, session: sessionSchema }).openapi('Me');

export const authorizationSchema = z
  .object({
    id: z.string().openapi({ format: 'uuid' }),
    candidateId: z.string(),
    representativeId: z.string(),
    scope: z.array(z.enum(AUTHORIZATION_SCOPES)).openapi({ description: 'With the scopes each includes (submit ⊃ write ⊃ read)' }),
    validUntil: instant.openapi({ description: 'The authorization ends at this instant (the day after the last day, 00:00 UTC)' }),
    createdAt: instant,
    revokedAt: instant.nullable(),
    candidateEmail: z.string(),
    candidateName: z.string(),
    representativeEmail: z.string(),
    representativeName: z.string(),
  })
  .openapi('RepresentativeAuthorization');
