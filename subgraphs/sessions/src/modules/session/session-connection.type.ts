import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Session } from './session.entity.js';

@ObjectType('SessionConnection', { description: 'A page of sessions, ordered by start date.' })
export class SessionConnection extends ConnectionType('Session', Session) {}
