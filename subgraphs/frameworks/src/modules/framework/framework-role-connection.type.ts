import { ConnectionType } from '@igc/service-kit';
import { ObjectType } from 'type-graphql';
import { FrameworkRole } from './framework-role.entity.js';

@ObjectType('FrameworkRoleConnection', { description: "A page of an organization's framework roles, newest framework first." })
export class FrameworkRoleConnection extends ConnectionType('FrameworkRole', FrameworkRole) {}
