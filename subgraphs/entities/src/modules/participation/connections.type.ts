import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Affiliation } from './affiliation.entity.js';
import { Participation } from './participation.entity.js';

@ObjectType('ParticipationConnection', { description: 'A page of participations, newest session first.' })
export class ParticipationConnection extends ConnectionType('Participation', Participation) {}

@ObjectType('AffiliationConnection', { description: 'A page of affiliations, by name.' })
export class AffiliationConnection extends ConnectionType('Affiliation', Affiliation) {}
