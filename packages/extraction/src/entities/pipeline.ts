import type { ExtractedAffiliation, ExtractedOrganization, ExtractedParticipation, ExtractedPerson, Unplaced } from '../model.js';
import type { Gazetteer } from './gazetteer.js';
import { createOrganizationResolver, type LearnedDefinition, type OrganizationResolver } from './organizations.js';
import { parseParticipantList, type ParticipantListResult } from './participants.js';
import { createDocumentPeople, extractPeopleFromProse, type ProseResult } from './prose.js';
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

/**
 * Runs the entity extractors over a corpus: acronym definitions first (all documents), then the
 * lists of participants, then people in prose (twice, so that a full name printed in any document
 * is recognized in every other), organization mentions, and finally person resolution.
 */
export function extractEntities(inputDocs: readonly EntityDocumentInput[], gazetteer: Gazetteer): EntityExtraction {
  // Paragraphs that lie inside a list of participants are read by the list parser only.
  const docs = inputDocs.map((d) => {
    const ranges = (d.participantLists ?? []).map((l) => [l.firstLine, l.firstLine + l.lines.length - 1] as const);
    return { ...d, paragraphs: d.paragraphs.filter((p) => !ranges.some(([a, b]) => p.line >= a && p.line <= b)) };
  });
  const resolver = createOrganizationResolver(gazetteer);
  const definitions: LearnedDefinition[] = [];
  for (const d of docs) {
    for (const p of d.paragraphs) {
      definitions.push(...resolver.learnDefinitions(p.text, { documentId: d.documentId, paragraphId: p.id, line: p.line }));
    }
  }

  const unplaced: Unplaced[] = [];
  const mentions: PersonMention[] = [];
  let participations: ExtractedParticipation[] = [];
  let affiliations: ExtractedAffiliation[] = [];
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
      mentions.push(...res.mentions);
      participations.push(...res.participations);
      affiliations.push(...res.affiliations);
      unplaced.push(...res.unplaced);
    }
  }

  // Prose, pass 1: collect the full names printed anywhere (each paragraph knows those found so far).
  const known = new Set<string>(mentions.map((m) => m.name));
  readProse(
    docs,
    resolver,
    () => [...known],
    (_, r) => {
      for (const m of r.mentions) known.add(m.name);
    },
  );
  // Pass 2: the results kept.
  const paragraphOrganizations = new Map<string, string[]>();
  const paragraphPeopleRaw = new Map<string, string[]>();
  const knownNames = [...known];
  readProse(
    docs,
    resolver,
    () => knownNames,
    (p, r) => {
      mentions.push(...r.mentions);
      affiliations.push(...r.affiliations);
      unplaced.push(...r.unplaced);
      if (r.mentions.length > 0) paragraphPeopleRaw.set(p.id, [...new Set(r.mentions.map((m) => m.personId))]);
      const orgs = resolver.recordMentions(p.text, p.id);
      if (orgs.length > 0) paragraphOrganizations.set(p.id, [...new Set(orgs.map((m) => m.organizationId))]);
    },
  );

  const resolution = resolvePeople(mentions);
  const applied = applyPersonIds(resolution.personIdOf, participations, affiliations);
  participations = applied.participations;
  affiliations = applied.affiliations;
  const map = (pid: string) => resolution.personIdOf.get(pid) ?? pid;
  const paragraphPeople = new Map<string, string[]>();
  for (const [k, v] of paragraphPeopleRaw) paragraphPeople.set(k, [...new Set(v.map(map))]);

  return {
    organizations: resolver.usedOrganizations(),
    people: resolution.people,
    affiliations,
    participations,
    unplaced,
    mentions: mentions.map((m) => ({ ...m, personId: map(m.personId) })),
    merges: resolution.merges,
    definitions,
    lists,
    paragraphOrganizations,
    paragraphPeople,
    resolver,
  };
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

/** Reads the people in the prose of every paragraph, in order, each document with its own record of who it named. */
function readProse(
  docs: readonly EntityDocumentInput[],
  resolver: OrganizationResolver,
  knownNames: () => string[],
  visit: (paragraph: EntityParagraphInput, result: ProseResult) => void,
): void {
  for (const d of docs) {
    const seen = createDocumentPeople();
    for (const p of d.paragraphs) {
      const result = extractPeopleFromProse(p.text, {
        documentId: d.documentId,
        paragraphId: p.id,
        fileName: d.fileName,
        line: p.line,
        resolver,
        seen,
        knownNames: knownNames(),
      });
      visit(p, result);
    }
  }
}
