import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Outcome } from './outcome.entity.js';

@ObjectType('OutcomeConnection', { description: 'A page of outcomes, oldest session first.' })
export class OutcomeConnection extends ConnectionType('Outcome', Outcome) {}
