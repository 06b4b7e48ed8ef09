import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Affiliation } from './affiliation.entity.js';

@ObjectType('AffiliationConnection', { description: 'A page of affiliations, by name.' })
export class AffiliationConnection extends ConnectionType('Affiliation', Affiliation) {}
