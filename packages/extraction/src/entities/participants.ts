import type { ExtractedAffiliation, ExtractedParticipation, ParticipantRole, Unplaced } from '../model.js';
import type { PersonMention } from './mentions.js';
import type { OrganizationResolver } from './organizations.js';
import { ParticipantListReader } from './participant-list-reader.js';

export { findParticipantListLines } from '../document/participants-block.js';
export { RULE_LIST } from './participant-lines.js';

export interface ParticipantListContext {
  documentId: string;
  sessionId: string;
  fileName: string;
  /** 1-based line number, in the source file, of lines[0]. */
  firstLine: number;
  /** Paragraph id of the annex, if the caller has one. */
  paragraphId?: string | null;
  resolver: OrganizationResolver;
  /** Full names known from elsewhere (e.g. the same document's prose): never split inside them. */
  knownNames?: readonly string[];
}

export interface ParsedDelegation {
  /** Null when the heading resolves to no organization (then also in `unplaced`). */
  organizationId: string | null;
  heading: string;
  /** 1-based line of the heading's first line. */
  line: number;
  /** Provisional person ids, in list order. */
  personIds: string[];
}

export interface ParsedOfficer {
  role: ParticipantRole;
  personId: string;
  organizationId: string | null;
  line: number;
}

export interface ParticipantListResult {
  officers: ParsedOfficer[];
  /** Delegations with at least one person. */
  delegations: ParsedDelegation[];
  /** Headings directly followed by another heading ("United Nations" above its departments). */
  groupHeadings: { heading: string; organizationId: string | null; line: number }[];
  mentions: PersonMention[];
  participations: ExtractedParticipation[];
  affiliations: ExtractedAffiliation[];
  unplaced: Unplaced[];
}

/**
 * Parses the raw lines (tabs kept) of an annex "List of participants": officers, delegation
 * headings (possibly wrapped over several lines), people under each. Whatever it cannot place
 * is returned in `unplaced` with its line and reason.
 */
export function parseParticipantList(lines: readonly string[], ctx: ParticipantListContext): ParticipantListResult {
  return new ParticipantListReader(lines, ctx).read();
}
