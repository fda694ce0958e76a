// OpenAPI schemas of the candidate and officer profile routes' answers (src/http/routes/profiles.ts); the web takes
// its types from them.
import { z } from '@hono/zod-openapi';
import { PROFILE_STATUSES } from '../domain/profile-lifecycle.ts';
import { PROGRAMS, PROVINCES } from '../domain/vocabulary.ts';
import { crsScoreSchema, eligibilitySchema, instant } from './schemas.ts';

export const profileViewSchema = z
  .object({
    id: z.string().openapi({ format: 'uuid' }),
    candidateId: z.string().openapi({ format: 'uuid' }),
    number: z.number().int().openapi({ description: 'Human-facing profile number; a clone gets a new one' }),
    status: z.enum(PROFILE_STATUSES),
    statusText: z.string().openapi({ description: 'The status in words' }),
    data: z.record(z.string(), z.unknown()).openapi({ description: 'The profile as entered (a draft may be incomplete); see the Profile schema' }),
    submittedAt: instant.nullable().openapi({ description: 'Tie-break stamp: when the profile first entered the pool; never changed' }),
    expiresAt: instant.nullable(),
    scoreTotal: z.number().int().nullable(),
    rulesVersion: z.string().nullable(),
    eligiblePrograms: z.array(z.enum(PROGRAMS)),
    clonedFrom: z.string().nullable(),
    version: z.number().int().openapi({ description: 'Also sent as the ETag; send it back in If-Match to update safely' }),
    createdAt: instant,
    updatedAt: instant,
  })
  .openapi('ProfileView');

export const profileListSchema = z.object({ profiles: z.array(profileViewSchema) }).openapi('ProfileList');

export const profileScoreSchema = crsScoreSchema
  .extend({
    profileId: z.string(),
    status: z.enum(PROFILE_STATUSES),
    source: z.enum(['stored', 'preview']).openapi({ description: '`stored`: as scored at submission, update or re-scoring; `preview`: a complete draft scored now (nothing stored)' }),
    eligibility: eligibilitySchema,
  })
  .openapi('ProfileScore');

export const messageSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    subject: z.string(),
    body: z.string(),
    createdAt: instant,
    readAt: instant.nullable(),
  })
  .openapi('Message');

export const messageListSchema = z.object({ messages: z.array(messageSchema), unread: z.number().int() }).openapi('MessageList');

export const candidateFileSchema = z
  .object({ profile: profileViewSchema, score: crsScoreSchema.nullable(), eligibility: eligibilitySchema.nullable() })
  .openapi('CandidateFile');

export const poolStatsSchema = z
  .object({
    byStatus: z.record(z.string(), z.number().int()),
    inPool: z.number().int(),
    byProgram: z.record(z.string(), z.number().int()),
    byProvince: z.record(z.string(), z.number().int()).openapi({ description: `Pool profiles by intended province or territory (${PROVINCES.join(', ')})` }),
    byCategory: z
      .record(z.string(), z.number().int())
      .openapi({ description: 'Pool profiles per category (codes of the rules) they qualified for when last evaluated: submit, update or re-scoring' }),
    byCrsBand: z.array(z.object({ band: z.string(), from: z.number().int(), to: z.number().int(), count: z.number() })),
  })
  .openapi('PoolStatistics');
