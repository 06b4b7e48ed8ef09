import { FrameworkRole, FrameworkRoleKind } from './modules/framework/framework-role.entity.js';
import { Framework, FrameworkKind } from './modules/framework/framework.entity.js';
import { Provision, ProvisionKind } from './modules/framework/provision.entity.js';

export { Framework, FrameworkKind, FrameworkRole, FrameworkRoleKind, Provision, ProvisionKind };
export const entities = [Framework, Provision, FrameworkRole];
