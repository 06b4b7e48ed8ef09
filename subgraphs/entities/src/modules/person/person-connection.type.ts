import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Person } from './person.entity.js';

@ObjectType('PersonConnection', { description: 'A page of people, by name.' })
export class PersonConnection extends ConnectionType('Person', Person) {}
