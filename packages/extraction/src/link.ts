import { lookupKey } from '@igc/identity';
import type { DocumentCorpus } from './document/index.js';
import type { EntityExtraction } from './entities/index.js';
import { matchFramework, type FrameworkExtraction } from './frameworks/index.js';
import type { Corpus, ExtractedFramework, ExtractedOutcome, Unplaced } from './model.js';

export interface LinkInput {
  docs: DocumentCorpus;
  entities: EntityExtraction;
  frameworks: FrameworkExtraction[];
  resolveOrganization: (name: string) => string | null;
  /** Collected by the earlier stages; linking adds what it cannot place. */
  unplaced: Unplaced[];
}

/**
 * The cross-document stage: frameworks get their signatories, outcomes the framework they act on,
 * paragraphs the organizations, people and frameworks they mention, sessions the host whose
 * premises they were held at. Each link is by key, so the same entity is one whichever documents name it.
 */
export function linkCorpus({ docs, entities, frameworks: extracted, resolveOrganization, unplaced }: LinkInput): Corpus {
  const frameworks = extracted.map((f) => withAuthor(f, entities.people, unplaced));
  const frameworksByParagraph = provisionParagraphs(frameworks);
  const outcomes = linkOutcomes(docs, frameworks, frameworksByParagraph, unplaced);
  for (const outcome of outcomes) if (outcome.frameworkId) addTo(frameworksByParagraph, outcome.paragraphId, outcome.frameworkId);

  const documents = docs.documents.map(({ document }) => ({
    ...document,
    paragraphs: document.paragraphs.map((p) => ({
      ...p,
      organizationIds: entities.paragraphOrganizations.get(p.id) ?? [],
      personIds: entities.paragraphPeople.get(p.id) ?? [],
      frameworkIds: [...(frameworksByParagraph.get(p.id) ?? [])],
    })),
  }));
  return {
    documents,
    sessions: docs.sessions.map((session) => ({ ...session, hostId: session.hostId ?? hostFromVenue(session.venue, resolveOrganization) })),
    outcomes,
    // Every known organization: curated ones are worth looking up even before a document names them.
    organizations: entities.resolver.allOrganizations(),
    people: entities.people,
    affiliations: entities.affiliations,
    participations: entities.participations,
    frameworks: frameworks.map(({ authorName: _a, authorOffice: _o, sources: _s, ...framework }) => ({
      ...framework,
      provisions: framework.provisions.map(({ alsoIn: _also, ...provision }) => provision),
    })) as ExtractedFramework[],
    unplaced,
  };
}

function addTo(map: Map<string, Set<string>>, paragraphId: string | null, frameworkId: string): void {
  if (!paragraphId) return;
  const set = map.get(paragraphId) ?? new Set<string>();
  set.add(frameworkId);
  map.set(paragraphId, set);
}

/** The paragraphs each framework's provisions were read in (every copy of an annexed framework). */
function provisionParagraphs(frameworks: FrameworkExtraction[]): Map<string, Set<string>> {
  const byParagraph = new Map<string, Set<string>>();
  for (const framework of frameworks) {
    for (const provision of framework.provisions) {
      addTo(byParagraph, provision.provenance.paragraphId, framework.id);
      for (const also of provision.alsoIn) addTo(byParagraph, also.paragraphId, framework.id);
    }
  }
  return byParagraph;
}

/**
 * The framework each outcome acts on: by title phrase; failing that, the one framework whose text
 * the deciding paragraph holds and the decision introduces ("the Committee recommends that: (a) … (g) …").
 */
function linkOutcomes(
  docs: DocumentCorpus,
  frameworks: FrameworkExtraction[],
  frameworksByParagraph: Map<string, Set<string>>,
  unplaced: Unplaced[],
): ExtractedOutcome[] {
  const paragraphLine = new Map(docs.documents.flatMap((d) => d.parsed.paragraphs.map((p) => [p.id, p.line] as const)));
  const fileName = new Map(docs.documents.map((d) => [d.document.id, d.document.fileName]));
  return docs.outcomes.map(({ verb: _verb, object: _object, frameworkPhrase, ...outcome }) => {
    const introducesList = /:\s*(\(a\)|$)/.test(outcome.text);
    const held = introducesList ? [...(frameworksByParagraph.get(outcome.paragraphId) ?? [])] : [];
    const frameworkId =
      (frameworkPhrase ? (matchFramework(frameworkPhrase, frameworks) ?? bySignatoryOffice(frameworkPhrase, frameworks)) : null) ??
      (held.length === 1 ? held[0]! : null);
    if (frameworkPhrase && !frameworkId && /\b(framework|statement|principles|commitments|recommendations)\b/i.test(frameworkPhrase)) {
      unplaced.push({
        fileName: fileName.get(outcome.documentId) ?? outcome.documentId,
        line: paragraphLine.get(outcome.paragraphId) ?? 0,
        text: frameworkPhrase,
        reason: 'outcome acts on a framework that was not found in any document',
      });
    }
    return { ...outcome, frameworkId };
  });
}

/** Resolves a framework's signatory to a person by any known spelling; reports one it cannot. */
function withAuthor(
  framework: FrameworkExtraction,
  people: { id: string; name: string; aliases: { alias: string }[] }[],
  unplaced: Unplaced[],
): FrameworkExtraction {
  if (!framework.authorName) return framework;
  const key = lookupKey(framework.authorName);
  const person = people.find((p) => lookupKey(p.name) === key || p.aliases.some((a) => lookupKey(a.alias) === key));
  if (!person) {
    unplaced.push({
      fileName: framework.sources[0]?.documentId ?? framework.id,
      line: framework.sources[0]?.line ?? 0,
      text: framework.authorName,
      reason: `signatory of "${framework.title}" is not a known person`,
    });
  }
  return { ...framework, authorId: person?.id ?? null };
}

/** "Headquarters of the Office of the … (OHCHR)" or "United Nations Headquarters": the organization whose premises host it. */
function hostFromVenue(venue: string | null, resolve: (name: string) => string | null): string | null {
  if (!venue) return null;
  const owner = venue.match(/^(?:the\s+)?headquarters of (.+)$/i)?.[1] ?? venue.match(/^(.+?)\s+headquarters$/i)?.[1];
  return owner ? resolve(owner) : null;
}

/** "Statement by the Secretary-General of the United Nations": the one statement signed in that office. */
function bySignatoryOffice(phrase: string, frameworks: FrameworkExtraction[]): string | null {
  const office = phrase.match(/^(?:the\s+)?statement by (?:the\s+)?(.+)$/i)?.[1];
  if (!office) return null;
  const signed = frameworks.filter((f) => f.authorOffice && lookupKey(f.authorOffice) === lookupKey(office));
  return signed.length === 1 ? signed[0]!.id : null;
}
