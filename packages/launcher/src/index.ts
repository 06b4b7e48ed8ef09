export { freePort, LOCALHOST, portOpen } from './ports.js';
export {
  launch,
  type LaunchOptions,
  type ManagedProcess,
  type ManagedService,
  ROOT,
  runToCompletion,
  type ServiceOptions,
  startService,
} from './process.js';
export { runStack, type StackPlan } from './stack.js';
export { httpOk, readyUrl, sleep, waitUntil, type WaitOptions } from './wait.js';
