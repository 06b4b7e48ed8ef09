import { CurationRule } from './modules/curation/curation-rule.entity.js';
import { OrganizationAlias } from './modules/organization/organization-alias.entity.js';
import { Organization, OrganizationKind } from './modules/organization/organization.entity.js';
import { Affiliation } from './modules/participation/affiliation.entity.js';
import { ParticipantRole, Participation } from './modules/participation/participation.entity.js';
import { PersonAlias } from './modules/person/person-alias.entity.js';
import { Person } from './modules/person/person.entity.js';

export {
  Affiliation,
  CurationRule,
  Organization,
  OrganizationAlias,
  OrganizationKind,
  ParticipantRole,
  Participation,
  Person,
  PersonAlias,
};
export const entities = [Organization, OrganizationAlias, Person, PersonAlias, Affiliation, Participation, CurationRule];
