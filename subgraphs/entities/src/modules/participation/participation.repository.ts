import { ConnectionRepository, type ParentPagesQuery } from '@igc/service-kit';
import type { Participation } from './participation.entity.js';

/** Newest session first; within a session, in list order (index participation_*_newest_index). */
const NEWEST_SESSION_FIRST = 't.session_date desc nulls last, t.session_id desc, t.position asc, t.id asc';
const ROLE = '(k.filter is null or t.role = k.filter)';

export class ParticipationRepository extends ConnectionRepository<Participation> {
  static readonly ofOrganization: ParentPagesQuery = {
    from: `from {schema}.participation t where t.organization_id = k.parent and ${ROLE}`,
    orderBy: NEWEST_SESSION_FIRST,
  };

  static readonly ofPerson: ParentPagesQuery = {
    from: `from {schema}.participation t where t.person_id = k.parent and ${ROLE}`,
    orderBy: NEWEST_SESSION_FIRST,
  };
}
