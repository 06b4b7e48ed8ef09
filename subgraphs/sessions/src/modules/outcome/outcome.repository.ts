import { ConnectionRepository, type ParentPagesQuery } from '@igc/service-kit';
import type { Outcome } from './outcome.entity.js';

export class OutcomeRepository extends ConnectionRepository<Outcome> {
  /** Outcomes acting on the framework `k.parent`, oldest session first (index outcome_framework_id_session_id_index). */
  static readonly endorsing: ParentPagesQuery = {
    from: 'from {schema}.outcome t join {schema}.session s on s.id = t.session_id where t.framework_id = k.parent',
    orderBy: 's.start_date asc nulls last, t.id asc',
  };
}
