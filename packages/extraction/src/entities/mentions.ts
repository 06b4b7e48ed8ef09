import type { ParticipantRole, Provenance } from '../model.js';
import { slugify } from './text.js';

export type PersonSource = 'list-of-participants' | 'prose';

/**
 * One printed occurrence of a person (extra type of this folder, not in model.ts).
 * `personId` is provisional — the slug of the name as printed; resolvePeople() maps it to the
 * id of the merged person.
 */
export interface PersonMention {
  personId: string;
  /** Name as printed, honorific removed, whitespace squashed. */
  name: string;
  honorific: string | null;
  title: string | null;
  organizationId: string | null;
  /** Role in a list of participants; null in prose. */
  role: ParticipantRole | null;
  source: PersonSource;
  /** How the mention was read: 'list of participants', '<Title> of <Org>, <Name>', ... */
  rule: string;
  /** For list entries: session id + delegation heading line, shared by the delegation's members. */
  delegationKey: string | null;
  provenance: Provenance;
}

/** Person ids are the slug of the canonical name: 'Elliott Harris' → 'elliott-harris'. */
export function personIdFor(name: string): string {
  return slugify(name);
}

/** Deterministic participation id: `<sessionId>/<personId>/<role>` (role lower-case, '-' for '_'). */
export function participationIdFor(sessionId: string, personId: string, role: ParticipantRole): string {
  return `${sessionId}/${personId}/${role.toLowerCase().replace(/_/g, '-')}`;
}
