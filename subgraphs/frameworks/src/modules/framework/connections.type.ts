import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { FrameworkRole } from './framework-role.entity.js';
import { Framework } from './framework.entity.js';

@ObjectType('FrameworkConnection', { description: 'A page of frameworks, by date then title.' })
export class FrameworkConnection extends ConnectionType('Framework', Framework) {}

@ObjectType('FrameworkRoleConnection', { description: "A page of an organization's framework roles, newest framework first." })
export class FrameworkRoleConnection extends ConnectionType('FrameworkRole', FrameworkRole) {}
