import { ConnectionRepository, type ParentPagesQuery } from '@igc/service-kit';
import type { Affiliation } from './affiliation.entity.js';

export class AffiliationRepository extends ConnectionRepository<Affiliation> {
  /** An organization's affiliations by the person's name. */
  static readonly ofOrganization: ParentPagesQuery = {
    from: 'from {schema}.affiliation t join {schema}.person p on p.id = t.person_id where t.organization_id = k.parent',
    orderBy: 'p.name asc, t.id asc',
  };

  /** A person's affiliations by the organization's name. */
  static readonly ofPerson: ParentPagesQuery = {
    from: 'from {schema}.affiliation t join {schema}.organization o on o.id = t.organization_id where t.person_id = k.parent',
    orderBy: 'o.name asc, t.id asc',
  };
}
