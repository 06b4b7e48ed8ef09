import type { ExtractedAffiliation, ExtractedOrganization, ExtractedParticipation, ExtractedPerson, Unplaced } from '../model.js';
import type { Gazetteer } from './gazetteer.js';
import { createOrganizationResolver, type LearnedDefinition, type OrganizationResolver } from './organizations.js';
import { parseParticipantList, type ParticipantListResult } from './participants.js';
import { createDocumentPeople, type DocumentPeople, extractPeopleFromProse } from './prose.js';
import { applyPersonIds, resolvePeople, type PersonMerge } from './people.js';
import type { PersonMention } from './mentions.js';

export interface EntityParagraphInput {
  id: string;
  text: string;
  /** 1-based first line in the source file. */
  line: number;
}

export interface EntityDocumentInput {
  documentId: string;
  fileName: string;
  /** Paragraphs in reading order; those whose first line lies inside a list of participants are skipped. */
  paragraphs: EntityParagraphInput[];
  participantLists?: { sessionId: string; lines: string[]; firstLine: number; paragraphId: string | null }[];
}

export interface EntityExtraction {
  organizations: ExtractedOrganization[];
  people: ExtractedPerson[];
  affiliations: ExtractedAffiliation[];
  participations: ExtractedParticipation[];
  unplaced: Unplaced[];
  /** Every person mention, with its resolved person id. */
  mentions: PersonMention[];
  merges: PersonMerge[];
  definitions: LearnedDefinition[];
  lists: { documentId: string; sessionId: string; result: ParticipantListResult }[];
  /** Paragraph id → organization ids / person ids mentioned in it (for ExtractedParagraph). */
  paragraphOrganizations: Map<string, string[]>;
  paragraphPeople: Map<string, string[]>;
  resolver: OrganizationResolver;
}

/** What the lists of participants and the prose add up to, before person resolution (provisional person ids). */
interface EntityFacts {
  mentions: PersonMention[];
  participations: ExtractedParticipation[];
  affiliations: ExtractedAffiliation[];
  unplaced: Unplaced[];
}

/** Paragraph id → organization ids / provisional person ids mentioned in it. */
interface ParagraphMentions {
  organizations: Map<string, string[]>;
  people: Map<string, string[]>;
}

/**
 * Runs the entity extractors over a corpus: acronym definitions first (all documents), then the
 * lists of participants, then people in prose (twice, so that a full name printed in any document
 * is recognized in every other), organization mentions, and finally person resolution.
 */
export function extractEntities(inputDocs: readonly EntityDocumentInput[], gazetteer: Gazetteer): EntityExtraction {
  const docs = inputDocs.map(withoutListParagraphs);
  const resolver = createOrganizationResolver(gazetteer);
  const definitions = learnDefinitions(docs, resolver);
  const facts: EntityFacts = { mentions: [], participations: [], affiliations: [], unplaced: [] };
  const lists = readParticipantLists(docs, resolver, facts);
  const knownNames = knownFullNames(docs, resolver, facts.mentions);
  const inParagraphs = readProse(docs, resolver, knownNames, facts);

  const resolution = resolvePeople(facts.mentions);
  const { participations, affiliations } = applyPersonIds(resolution.personIdOf, facts.participations, facts.affiliations);
  const map = (pid: string) => resolution.personIdOf.get(pid) ?? pid;
  const paragraphPeople = new Map<string, string[]>();
  for (const [k, v] of inParagraphs.people) paragraphPeople.set(k, [...new Set(v.map(map))]);

  return {
    organizations: resolver.usedOrganizations(),
    people: resolution.people,
    affiliations,
    participations,
    unplaced: facts.unplaced,
    mentions: facts.mentions.map((m) => ({ ...m, personId: map(m.personId) })),
    merges: resolution.merges,
    definitions,
    lists,
    paragraphOrganizations: inParagraphs.organizations,
    paragraphPeople,
    resolver,
  };
}

/** Paragraphs that lie inside a list of participants are read by the list parser only. */
function withoutListParagraphs(d: EntityDocumentInput): EntityDocumentInput {
  const ranges = (d.participantLists ?? []).map((l) => [l.firstLine, l.firstLine + l.lines.length - 1] as const);
  return { ...d, paragraphs: d.paragraphs.filter((p) => !ranges.some(([a, b]) => p.line >= a && p.line <= b)) };
}

/** "Full Name (ACR)" definitions of every document, learnt before any document is read for mentions. */
function learnDefinitions(docs: readonly EntityDocumentInput[], resolver: OrganizationResolver): LearnedDefinition[] {
  const definitions: LearnedDefinition[] = [];
  for (const d of docs) {
    for (const p of d.paragraphs) {
      definitions.push(...resolver.learnDefinitions(p.text, { documentId: d.documentId, paragraphId: p.id, line: p.line }));
    }
  }
  return definitions;
}

function readParticipantLists(docs: readonly EntityDocumentInput[], resolver: OrganizationResolver, facts: EntityFacts) {
  const lists: EntityExtraction['lists'] = [];
  for (const d of docs) {
    for (const l of d.participantLists ?? []) {
      const res = parseParticipantList(l.lines, {
        documentId: d.documentId,
        sessionId: l.sessionId,
        fileName: d.fileName,
        firstLine: l.firstLine,
        paragraphId: l.paragraphId,
        resolver,
      });
      lists.push({ documentId: d.documentId, sessionId: l.sessionId, result: res });
      facts.mentions.push(...res.mentions);
      facts.participations.push(...res.participations);
      facts.affiliations.push(...res.affiliations);
      facts.unplaced.push(...res.unplaced);
    }
  }
  return lists;
}

/** The people of one paragraph, read with the names already known (and the document's people seen so far). */
function readParagraphPeople(
  d: EntityDocumentInput,
  p: EntityParagraphInput,
  resolver: OrganizationResolver,
  seen: DocumentPeople,
  knownNames: string[],
) {
  return extractPeopleFromProse(p.text, {
    documentId: d.documentId,
    paragraphId: p.id,
    fileName: d.fileName,
    line: p.line,
    resolver,
    seen,
    knownNames,
  });
}

/** Prose, pass 1: the full names printed anywhere (lists first), so that pass 2 recognizes them in every document. */
function knownFullNames(docs: readonly EntityDocumentInput[], resolver: OrganizationResolver, listMentions: readonly PersonMention[]) {
  const known = new Set<string>(listMentions.map((m) => m.name));
  for (const d of docs) {
    const seen = createDocumentPeople();
    for (const p of d.paragraphs) {
      const r = readParagraphPeople(d, p, resolver, seen, [...known]);
      for (const m of r.mentions) known.add(m.name);
    }
  }
  return [...known];
}

/** Prose, pass 2: the results kept, and the organizations and people each paragraph mentions. */
function readProse(
  docs: readonly EntityDocumentInput[],
  resolver: OrganizationResolver,
  knownNames: string[],
  facts: EntityFacts,
): ParagraphMentions {
  const inParagraphs: ParagraphMentions = { organizations: new Map(), people: new Map() };
  for (const d of docs) {
    const seen = createDocumentPeople();
    for (const p of d.paragraphs) {
      const r = readParagraphPeople(d, p, resolver, seen, knownNames);
      facts.mentions.push(...r.mentions);
      facts.affiliations.push(...r.affiliations);
      facts.unplaced.push(...r.unplaced);
      if (r.mentions.length > 0) inParagraphs.people.set(p.id, [...new Set(r.mentions.map((m) => m.personId))]);
      const orgs = resolver.recordMentions(p.text, p.id);
      if (orgs.length > 0) inParagraphs.organizations.set(p.id, [...new Set(orgs.map((m) => m.organizationId))]);
    }
  }
  return inParagraphs;
}

/**
 * A plain splitter for tests and tools: blocks separated by blank lines, whitespace squashed,
 * lines [skipFrom, skipTo] (1-based, inclusive) left out (e.g. a list of participants).
 */
export function splitPlainParagraphs(text: string, idPrefix: string, skip?: { from: number; to: number }): EntityParagraphInput[] {
  const lines = text.split(/\r?\n/);
  const out: EntityParagraphInput[] = [];
  let buf: string[] = [];
  let start = 0;
  const flush = () => {
    const t = buf.join(' ').replace(/\s+/g, ' ').trim();
    if (t !== '') out.push({ id: `${idPrefix}/p${out.length + 1}`, text: t, line: start });
    buf = [];
  };
  lines.forEach((l, k) => {
    const n = k + 1;
    if (skip && n >= skip.from && n <= skip.to) {
      flush();
      return;
    }
    if (l.trim() === '') {
      flush();
      return;
    }
    if (buf.length === 0) start = n;
    buf.push(l);
  });
  flush();
  return out;
}
