import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shared contract check when this machine has it, else the vendored copy. */
export function contractCheckScript(): string {
  const shared = fileURLToPath(new URL('../../../shared/tools/contract-check.mjs', import.meta.url));
  return existsSync(shared) ? shared : `${ROOT}contract/tools/contract-check.mjs`;
}
