// Repository of the applications for permanent residence (migration 0007, table application).
import type { Kysely, Selectable } from 'kysely';
import { StoreConflict } from '../../app/ports/unit-of-work.ts';
import type { ApplicationRecord, ApplicationRepository, ApplicationStatus } from '../../app/ports/applications.ts';
import type { RoundProgram } from '../../domain/rounds.ts';
import type { ApplicationTable, Database } from '../schema.ts';
import { iso, isUniqueViolation } from '../sql.ts';

function toApplication(row: Selectable<ApplicationTable>): ApplicationRecord {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    profileId: row.profile_id,
    itaId: row.ita_id,
    program: row.program as RoundProgram,
    status: row.status as ApplicationStatus,
    submitBy: row.submit_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function applicationRepository(db: Kysely<Database>): ApplicationRepository {
  return {
    async insert(a) {
      try {
        const row = await db
          .insertInto('application')
          .values({
            candidate_id: a.candidateId,
            profile_id: a.profileId,
            ita_id: a.itaId,
            program: a.program,
            status: 'in_progress',
            submit_by: a.submitBy,
            created_at: a.at,
            updated_at: a.at,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toApplication(row);
      } catch (error) {
        if (isUniqueViolation(error, 'application_ita_uq')) throw new StoreConflict('application_exists');
        throw error;
      }
    },
    async byId(id) {
      const row = await db.selectFrom('application').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toApplication(row) : null;
    },
    async forCandidate(candidateId) {
      const rows = await db.selectFrom('application').selectAll().where('candidate_id', '=', candidateId).orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(toApplication);
    },
  };
}
