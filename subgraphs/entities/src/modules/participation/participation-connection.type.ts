import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Participation } from './participation.entity.js';

@ObjectType('ParticipationConnection', { description: 'A page of participations, newest session first.' })
export class ParticipationConnection extends ConnectionType('Participation', Participation) {}
