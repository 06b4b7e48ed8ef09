import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Organization } from './organization.entity.js';

@ObjectType('OrganizationConnection', { description: 'A page of organizations, by name.' })
export class OrganizationConnection extends ConnectionType('Organization', Organization) {}
