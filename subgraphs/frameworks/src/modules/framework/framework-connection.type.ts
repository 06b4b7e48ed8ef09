import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { Framework } from './framework.entity.js';

@ObjectType('FrameworkConnection', { description: 'A page of frameworks, by date then title.' })
export class FrameworkConnection extends ConnectionType('Framework', Framework) {}
