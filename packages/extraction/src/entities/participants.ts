import type { ExtractedAffiliation, ExtractedParticipation, ParticipantRole, Provenance, Unplaced } from '../model.js';
import type { OrganizationResolver } from './organizations.js';
import { hasOrgKeyword } from './organizations.js';
import { isNameToken, isParticle, splitHonorific, splitPersonNames } from './names.js';
import { participationIdFor, personIdFor, type PersonMention } from './mentions.js';
import { squash } from './text.js';

export { findParticipantListLines } from '../document/participants-block.js';

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

const OFFICER_RE = /^(Chair(?:person|man)?|Co-Chair(?:person)?|Vice-Chair(?:person|man)?|President|Vice-President|Secretary)\s*:\s*(.*)$/i;
const MAX_HEADING_LINES = 5;
export const RULE_LIST = 'list of participants';

function roleOf(label: string): ParticipantRole {
  const l = label.toLowerCase();
  if (l.startsWith('vice')) return 'VICE_CHAIR';
  if (l.startsWith('secretary')) return 'SECRETARY';
  return 'CHAIR';
}

/** Joins wrapped lines; a line ending in a hyphen before a lower-case word is rejoined without space. */
function joinLines(parts: string[]): string {
  let out = '';
  for (const p of parts.map((x) => squash(x))) {
    if (out === '') out = p;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(p)) out += p;
    else out += ` ${p}`;
  }
  return out;
}

const TITLE_START_WORDS = `
  Secretary Director Chief Head Officer Adviser Advisor Representative Deputy Assistant Chair Coordinator Minister Ambassador
  Counsellor Manager Specialist Consultant President Executive Senior Associate Special Programme Policy
`;
/** A word that starts a job title in a list of participants. */
const TITLE_START = new RegExp(`^(?:${TITLE_START_WORDS.trim().split(/\s+/).join('|')})`, 'i');
/**
 * Parses the raw lines (tabs kept) of an annex "List of participants": officers, delegation
 * headings (possibly wrapped over several lines), people under each. Whatever it cannot place
 * is returned in `unplaced` with its line and reason.
 */
export function parseParticipantList(lines: readonly string[], ctx: ParticipantListContext): ParticipantListResult {
  const { resolver } = ctx;
  const known = ctx.knownNames ?? [];
  const res: ParticipantListResult = {
    officers: [],
    delegations: [],
    groupHeadings: [],
    mentions: [],
    participations: [],
    affiliations: [],
    unplaced: [],
  };
  const seenParticipation = new Set<string>();
  let current: ParsedDelegation | null = null;
  const lineNo = (i: number) => ctx.firstLine + i;
  const prov = (i: number): Provenance => ({ documentId: ctx.documentId, paragraphId: ctx.paragraphId ?? null, line: lineNo(i) });
  const unplace = (i: number, text: string, reason: string) =>
    res.unplaced.push({ fileName: ctx.fileName, line: lineNo(i), text: squash(text), reason });

  const looksLikePerson = (text: string): boolean => {
    const { name } = splitHonorific(text.split(/[,;]/)[0]!);
    const toks = name.split(/\s+/).filter((t) => t !== '');
    if (toks.filter((t) => !isParticle(t)).length < 2) return false;
    if (!toks.every(isNameToken)) return false;
    if (hasOrgKeyword(name)) return false;
    if (resolver.resolve(name) !== null) return false;
    return !toks.some((t) => /^\p{Lu}{2,}$/u.test(t) && resolver.resolve(t) !== null);
  };
  const hasTitle = (text: string): boolean => text.split(/\s+/).some((w) => TITLE_START.test(w));
  const looksLikeOrg = (text: string): boolean =>
    hasOrgKeyword(text) ||
    /\s(?:of|for|on|and|the)\s/.test(` ${text} `) ||
    text
      .split(/\s+/)
      .slice(1)
      .some((w) => /^\p{Ll}/u.test(w) && !isParticle(w));

  const closeCurrent = () => {
    if (current && current.personIds.length === 0) {
      res.delegations.splice(res.delegations.indexOf(current), 1);
      res.groupHeadings.push({ heading: current.heading, organizationId: current.organizationId, line: current.line });
    }
  };
  const openDelegation = (heading: string, i: number, organizationId: string | null) => {
    closeCurrent();
    current = { organizationId, heading, line: lineNo(i), personIds: [] };
    res.delegations.push(current);
    if (organizationId === null) unplace(i, heading, 'delegation heading resolves to no organization');
    else resolver.markUsed(organizationId, heading, ctx.paragraphId ?? null);
  };

  const addPerson = (
    printed: string,
    honorific: string | null,
    title: string | null,
    role: ParticipantRole,
    organizationId: string | null,
    i: number,
  ): string => {
    const name = squash(printed);
    const personId = personIdFor(name);
    const d = current as ParsedDelegation | null;
    res.mentions.push({
      personId,
      name,
      honorific,
      title,
      organizationId,
      role,
      source: 'list-of-participants',
      rule: RULE_LIST,
      delegationKey: role === 'PARTICIPANT' && d ? `${ctx.sessionId}#L${d.line}` : null,
      provenance: prov(i),
    });
    const pid = participationIdFor(ctx.sessionId, personId, role);
    if (!seenParticipation.has(pid)) {
      seenParticipation.add(pid);
      res.participations.push({ id: pid, sessionId: ctx.sessionId, personId, organizationId, role, provenance: prov(i) });
    }
    // Affiliations: a title naming another organization ("Secretary of CEB") is an affiliation to it.
    // Only an organization that ends the title counts ("Secretary of CEB", not "Office for ECOSOC Support").
    const titleOrgs = title ? resolver.findMentions(title).filter((m) => /^(?:\s*\([^)]*\))?\s*$/.test(title.slice(m.end))) : [];
    for (const m of titleOrgs) {
      if (m.organizationId === organizationId) continue;
      resolver.markUsed(m.organizationId, m.alias, ctx.paragraphId ?? null);
      res.affiliations.push({ personId, organizationId: m.organizationId, title, provenance: prov(i) });
    }
    if (organizationId !== null) {
      const own = titleOrgs.length === 0 || titleOrgs.some((m) => m.organizationId === organizationId);
      res.affiliations.push({ personId, organizationId, title: own ? title : null, provenance: prov(i) });
    }
    return personId;
  };

  /** A cell or line holding one or more people, possibly "Name, Title". */
  const addPeopleText = (text: string, i: number) => {
    const t = squash(text);
    if (t === '') return;
    // "Name; Name" or "Name, Name": several people, not a title.
    const parts = t.split(/\s*;\s*/);
    if (parts.length === 1) {
      const commaParts = t.split(/\s*,\s*/);
      if (commaParts.length > 1 && commaParts.slice(1).every((c) => looksLikePerson(c) && !hasTitle(c))) parts.splice(0, 1, ...commaParts);
    }
    if (parts.length > 1) {
      for (const part of parts) addPeopleText(part, i);
      return;
    }
    const comma = t.indexOf(',');
    const namePart = comma >= 0 ? t.slice(0, comma) : t;
    const title = comma >= 0 ? squash(t.slice(comma + 1)) || null : null;
    const split = splitPersonNames(namePart, known);
    if (!split.ok) {
      unplace(i, t, split.reason);
      return;
    }
    if (split.names.length > 1 && title !== null) {
      unplace(i, t, 'title after several names');
      return;
    }
    const d = current as ParsedDelegation | null;
    if (!d) unplace(i, t, 'person listed before any delegation heading (participation kept without organization)');
    for (const n of split.names) {
      const personId = addPerson(n.name, n.honorific, title, 'PARTICIPANT', d?.organizationId ?? null, i);
      d?.personIds.push(personId);
    }
  };

  const isBlank = (s: string | undefined) => s === undefined || s.trim() === '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (isBlank(raw)) continue;
    const text = squash(raw);
    if (/^annex\b/i.test(text) || /^list of participants\b/i.test(text)) continue;

    if (raw.includes('\t')) {
      const cells = raw.split('\t').map((c) => squash(c));
      const head = cells[0]!;
      const rest = cells.slice(1).filter((c) => c !== '');
      if (head !== '') {
        const off = OFFICER_RE.exec(head);
        if (off) {
          handleOfficer(off[1]!, rest.join(' '), i);
          continue;
        }
        const id = resolver.resolve(head);
        if (id !== null || (!looksLikePerson(head) && looksLikeOrg(head))) openDelegation(head, i, id);
        else if (looksLikePerson(head)) addPeopleText(head, i);
        else {
          unplace(i, head, 'neither a delegation heading nor a person');
        }
      }
      for (const c of rest) addPeopleText(c, i);
      continue;
    }

    const off = OFFICER_RE.exec(text);
    if (off) {
      handleOfficer(off[1]!, off[2]!, i);
      continue;
    }

    // Heading wrapped over several lines: the longest run of following lines that resolves.
    const texty = (l: string) => /^\p{L}/u.test(squash(l));
    let end = i;
    if (texty(text)) {
      while (
        end + 1 < lines.length &&
        !isBlank(lines[end + 1]) &&
        !lines[end + 1]!.includes('\t') &&
        texty(lines[end + 1]!) &&
        end + 1 - i < MAX_HEADING_LINES
      )
        end++;
    }
    let matched = -1;
    let id: string | null = null;
    // The last line of a wrapped heading may be the first cell of a tabbed line ("Refugees in the Near East\tName").
    const nextRaw = lines[end + 1];
    if (texty(text) && end + 1 - i < MAX_HEADING_LINES && nextRaw?.includes('\t') && squash(nextRaw.split('\t')[0]!) !== '') {
      const heading = joinLines([...(lines.slice(i, end + 1) as string[]), nextRaw.split('\t')[0]!]);
      const tid = resolver.resolve(heading);
      if (tid !== null) {
        openDelegation(heading, i, tid);
        for (const c of nextRaw.split('\t').slice(1)) addPeopleText(c, end + 1);
        i = end + 1;
        continue;
      }
    }
    for (let j = end; j >= i && texty(text); j--) {
      id = resolver.resolve(joinLines(lines.slice(i, j + 1) as string[]));
      if (id !== null) {
        matched = j;
        break;
      }
    }
    if (matched >= 0) {
      openDelegation(joinLines(lines.slice(i, matched + 1) as string[]), i, id);
      i = matched;
      continue;
    }
    if (looksLikePerson(text)) {
      addPeopleText(text, i);
      continue;
    }
    if (looksLikeOrg(text)) {
      // Unknown organization: join the following lines while the heading is visibly incomplete.
      let j = i;
      while (j + 1 <= end && (/\b(?:of|for|the|and|on|in|to|High)$/.test(squash(lines[j]!)) || /^\p{Ll}/u.test(squash(lines[j + 1]!)))) j++;
      openDelegation(joinLines(lines.slice(i, j + 1) as string[]), i, null);
      i = j;
      continue;
    }
    unplace(i, text, 'neither a delegation heading nor a person');
  }
  closeCurrent();
  return res;

  function handleOfficer(label: string, rest: string, i: number) {
    const role = roleOf(label);
    const t = squash(rest);
    // "Name", "Name, Organization" or "Name (ACR)".
    const m = /^(.*?)\s*(?:\((.+)\)|,\s*(.+))?$/.exec(t)!;
    const { honorific, name } = splitHonorific(m[1]!);
    const orgText = m[2] ?? m[3] ?? null;
    let organizationId: string | null = null;
    if (orgText !== null) {
      organizationId = resolver.resolve(orgText);
      if (organizationId === null) unplace(i, orgText, 'officer organization resolves to no organization');
      else resolver.markUsed(organizationId, orgText, ctx.paragraphId ?? null);
    }
    const split = splitPersonNames(name, known);
    if (!split.ok || split.names.length !== 1) {
      unplace(i, t, split.ok ? 'several names for one officer' : split.reason);
      return;
    }
    const saved = current;
    current = null;
    const personId = addPerson(split.names[0]!.name, honorific ?? split.names[0]!.honorific, null, role, organizationId, i);
    current = saved;
    res.officers.push({ role, personId, organizationId, line: lineNo(i) });
  }
}
