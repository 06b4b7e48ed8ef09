/** Reads a list of participants line by line into officers, delegations and the people under them. */
import type { ParticipantRole, Provenance } from '../model.js';
import { participationIdFor, personIdFor } from './mentions.js';
import { splitHonorific, splitPersonNames } from './names.js';
import type { OrganizationResolver } from './organizations.js';
import {
  hasTitle,
  headingTailCell,
  incompleteHeadingEnd,
  isBlank,
  isTexty,
  joinLines,
  looksLikeOrg,
  looksLikePerson,
  OFFICER_RE,
  roleOf,
  RULE_LIST,
  wrappedHeadingEnd,
} from './participant-lines.js';
import type { ParsedDelegation, ParticipantListContext, ParticipantListResult } from './participants.js';
import { squash } from './text.js';

/** A person as the list prints them, with what the line says about them. */
interface ListedPerson {
  printed: string;
  honorific: string | null;
  title: string | null;
  role: ParticipantRole;
  organizationId: string | null;
}

export class ParticipantListReader {
  readonly result: ParticipantListResult = {
    officers: [],
    delegations: [],
    groupHeadings: [],
    mentions: [],
    participations: [],
    affiliations: [],
    unplaced: [],
  };
  private readonly seenParticipation = new Set<string>();
  /** The delegation whose people the following lines list. */
  private current: ParsedDelegation | null = null;
  private readonly resolver: OrganizationResolver;
  private readonly known: readonly string[];

  constructor(
    private readonly lines: readonly string[],
    private readonly ctx: ParticipantListContext,
  ) {
    this.resolver = ctx.resolver;
    this.known = ctx.knownNames ?? [];
  }

  read(): ParticipantListResult {
    let i = 0;
    while (i < this.lines.length) i = this.readLine(i) + 1;
    this.closeCurrent();
    return this.result;
  }

  /** Reads the line at `i` (and the lines a wrapped heading takes); returns the last line read. */
  private readLine(i: number): number {
    const raw = this.lines[i]!;
    if (isBlank(raw)) return i;
    const text = squash(raw);
    if (/^annex\b/i.test(text) || /^list of participants\b/i.test(text)) return i;
    if (raw.includes('\t')) {
      this.readTabbedLine(raw, i);
      return i;
    }
    const officer = OFFICER_RE.exec(text);
    if (officer) {
      this.readOfficer(officer[1]!, officer[2]!, i);
      return i;
    }
    return this.readUntabbedLine(text, i);
  }

  /** "Heading\tName\tName", "Name\tName" or "Chair:\tName": the first cell says what the others are. */
  private readTabbedLine(raw: string, i: number): void {
    const cells = raw.split('\t').map((c) => squash(c));
    const head = cells[0]!;
    const rest = cells.slice(1).filter((c) => c !== '');
    if (head !== '') {
      const officer = OFFICER_RE.exec(head);
      if (officer) {
        this.readOfficer(officer[1]!, rest.join(' '), i);
        return;
      }
      this.readFirstCell(head, i);
    }
    for (const c of rest) this.addPeopleText(c, i);
  }

  private readFirstCell(head: string, i: number): void {
    const id = this.resolver.resolve(head);
    if (id !== null || (!looksLikePerson(head, this.resolver) && looksLikeOrg(head))) this.openDelegation(head, i, id);
    else if (looksLikePerson(head, this.resolver)) this.addPeopleText(head, i);
    else this.unplace(i, head, 'neither a delegation heading nor a person');
  }

  /** A heading (possibly wrapped over several lines) or a person; returns the last line read. */
  private readUntabbedLine(text: string, i: number): number {
    const end = wrappedHeadingEnd(this.lines, i);
    const tabbedEnd = this.readHeadingEndingInTabbedLine(i, end);
    if (tabbedEnd !== null) return tabbedEnd;
    const known = this.longestResolvingHeading(text, i, end);
    if (known) {
      this.openDelegation(known.heading, i, known.organizationId);
      return known.last;
    }
    if (looksLikePerson(text, this.resolver)) {
      this.addPeopleText(text, i);
      return i;
    }
    if (looksLikeOrg(text)) {
      const last = incompleteHeadingEnd(this.lines, i, end);
      this.openDelegation(this.joinedLines(i, last), i, null);
      return last;
    }
    this.unplace(i, text, 'neither a delegation heading nor a person');
    return i;
  }

  /** The last line of a wrapped heading may be the first cell of a tabbed line ("Refugees in the Near East\tName"). */
  private readHeadingEndingInTabbedLine(i: number, end: number): number | null {
    const tail = headingTailCell(this.lines, i, end);
    if (tail === null) return null;
    const heading = joinLines([...(this.lines.slice(i, end + 1) as string[]), tail]);
    const organizationId = this.resolver.resolve(heading);
    if (organizationId === null) return null;
    this.openDelegation(heading, i, organizationId);
    for (const c of this.lines[end + 1]!.split('\t').slice(1)) this.addPeopleText(c, end + 1);
    return end + 1;
  }

  /** The longest run of lines from `i` (to `end` at most) that resolves to an organization. */
  private longestResolvingHeading(text: string, i: number, end: number) {
    if (!isTexty(text)) return null;
    for (let last = end; last >= i; last--) {
      const heading = this.joinedLines(i, last);
      const organizationId = this.resolver.resolve(heading);
      if (organizationId !== null) return { heading, organizationId, last };
    }
    return null;
  }

  private joinedLines(first: number, last: number): string {
    return joinLines(this.lines.slice(first, last + 1) as string[]);
  }

  /** "Chair: Name", "Chair: Name, Organization" or "Chair: Name (ACR)". */
  private readOfficer(label: string, rest: string, i: number): void {
    const role = roleOf(label);
    const t = squash(rest);
    const m = /^(.*?)\s*(?:\((.+)\)|,\s*(.+))?$/.exec(t)!;
    const { honorific, name } = splitHonorific(m[1]!);
    const orgText = m[2] ?? m[3] ?? null;
    const organizationId = orgText === null ? null : this.resolveOfficerOrganization(orgText, i);
    const split = splitPersonNames(name, this.known);
    if (!split.ok || split.names.length !== 1) {
      this.unplace(i, t, split.ok ? 'several names for one officer' : split.reason);
      return;
    }
    const only = split.names[0]!;
    // Officers belong to no delegation, whichever heading came before them.
    const person = { printed: only.name, honorific: honorific ?? only.honorific, title: null, role, organizationId };
    const personId = this.addPerson(person, i, null);
    this.result.officers.push({ role, personId, organizationId, line: this.lineNo(i) });
  }

  private resolveOfficerOrganization(orgText: string, i: number): string | null {
    const organizationId = this.resolver.resolve(orgText);
    if (organizationId === null) this.unplace(i, orgText, 'officer organization resolves to no organization');
    else this.resolver.markUsed(organizationId, orgText, this.ctx.paragraphId ?? null);
    return organizationId;
  }

  /** A heading with nobody under it is a group heading ("United Nations" above its departments), not a delegation. */
  private closeCurrent(): void {
    const current = this.current;
    if (current && current.personIds.length === 0) {
      this.result.delegations.splice(this.result.delegations.indexOf(current), 1);
      this.result.groupHeadings.push({ heading: current.heading, organizationId: current.organizationId, line: current.line });
    }
  }

  private openDelegation(heading: string, i: number, organizationId: string | null): void {
    this.closeCurrent();
    this.current = { organizationId, heading, line: this.lineNo(i), personIds: [] };
    this.result.delegations.push(this.current);
    if (organizationId === null) this.unplace(i, heading, 'delegation heading resolves to no organization');
    else this.resolver.markUsed(organizationId, heading, this.ctx.paragraphId ?? null);
  }

  /** A cell or line holding one or more people, possibly "Name, Title". */
  private addPeopleText(text: string, i: number): void {
    const t = squash(text);
    if (t === '') return;
    const parts = this.severalPeople(t);
    if (parts.length > 1) {
      for (const part of parts) this.addPeopleText(part, i);
      return;
    }
    this.addNamesWithTitle(t, i);
  }

  /** "Name; Name" or "Name, Name": several people, not a title. One part when the text holds one person. */
  private severalPeople(t: string): string[] {
    const parts = t.split(/\s*;\s*/);
    if (parts.length === 1) {
      const commaParts = t.split(/\s*,\s*/);
      const allPeople = commaParts.slice(1).every((c) => looksLikePerson(c, this.resolver) && !hasTitle(c));
      if (commaParts.length > 1 && allPeople) parts.splice(0, 1, ...commaParts);
    }
    return parts;
  }

  /** "Name, Title" or "Name and Name": participants of the current delegation. */
  private addNamesWithTitle(t: string, i: number): void {
    const comma = t.indexOf(',');
    const namePart = comma >= 0 ? t.slice(0, comma) : t;
    const title = comma >= 0 ? squash(t.slice(comma + 1)) || null : null;
    const split = splitPersonNames(namePart, this.known);
    if (!split.ok) {
      this.unplace(i, t, split.reason);
      return;
    }
    if (split.names.length > 1 && title !== null) {
      this.unplace(i, t, 'title after several names');
      return;
    }
    const d = this.current;
    if (!d) this.unplace(i, t, 'person listed before any delegation heading (participation kept without organization)');
    const organizationId = d?.organizationId ?? null;
    for (const n of split.names) {
      const personId = this.addPerson({ printed: n.name, honorific: n.honorific, title, role: 'PARTICIPANT', organizationId }, i, d);
      d?.personIds.push(personId);
    }
  }

  /** Records the person's mention, participation and affiliations; returns their provisional id. */
  private addPerson(person: ListedPerson, i: number, delegation: ParsedDelegation | null): string {
    const { honorific, title, role, organizationId } = person;
    const name = squash(person.printed);
    const personId = personIdFor(name);
    this.result.mentions.push({
      personId,
      name,
      honorific,
      title,
      organizationId,
      role,
      source: 'list-of-participants',
      rule: RULE_LIST,
      delegationKey: role === 'PARTICIPANT' && delegation ? `${this.ctx.sessionId}#L${delegation.line}` : null,
      provenance: this.prov(i),
    });
    this.addParticipation(personId, role, organizationId, i);
    this.addAffiliations(personId, title, organizationId, i);
    return personId;
  }

  private addParticipation(personId: string, role: ParticipantRole, organizationId: string | null, i: number): void {
    const { sessionId } = this.ctx;
    const id = participationIdFor(sessionId, personId, role);
    if (this.seenParticipation.has(id)) return;
    this.seenParticipation.add(id);
    this.result.participations.push({ id, sessionId, personId, organizationId, role, provenance: this.prov(i) });
  }

  /**
   * A title naming another organization ("Secretary of CEB") is an affiliation to it. Only an
   * organization that ends the title counts ("Secretary of CEB", not "Office for ECOSOC Support").
   */
  private addAffiliations(personId: string, title: string | null, organizationId: string | null, i: number): void {
    const titleOrgs = title ? this.resolver.findMentions(title).filter((m) => /^(?:\s*\([^)]*\))?\s*$/.test(title.slice(m.end))) : [];
    for (const m of titleOrgs) {
      if (m.organizationId === organizationId) continue;
      this.resolver.markUsed(m.organizationId, m.alias, this.ctx.paragraphId ?? null);
      this.result.affiliations.push({ personId, organizationId: m.organizationId, title, provenance: this.prov(i) });
    }
    if (organizationId !== null) {
      const own = titleOrgs.length === 0 || titleOrgs.some((m) => m.organizationId === organizationId);
      this.result.affiliations.push({ personId, organizationId, title: own ? title : null, provenance: this.prov(i) });
    }
  }

  private lineNo(i: number): number {
    return this.ctx.firstLine + i;
  }

  private prov(i: number): Provenance {
    return { documentId: this.ctx.documentId, paragraphId: this.ctx.paragraphId ?? null, line: this.lineNo(i) };
  }

  private unplace(i: number, text: string, reason: string): void {
    this.result.unplaced.push({ fileName: this.ctx.fileName, line: this.lineNo(i), text: squash(text), reason });
  }
}
