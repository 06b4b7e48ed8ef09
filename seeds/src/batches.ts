import { lookupKey, type Corpus, type DocumentBatch, type ExtractedSession } from '@igc/service-kit';

const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * Splits a corpus into what each document contributes. Shared entities (sessions, organizations,
 * people, frameworks) go with every document that refers to them, already merged corpus-wide,
 * so loading a document upserts them to the same values whichever document comes first.
 */
export function toBatches(corpus: Corpus): DocumentBatch[] {
  const organizations = new Map(corpus.organizations.map((o) => [o.id, o]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const sessions = new Map(corpus.sessions.map((s) => [s.id, s]));
  const bodyKeys = (session: ExtractedSession) => {
    const body = organizations.get(session.bodyId);
    return unique([session.bodyId, body?.name, body?.acronym, ...(body?.aliases.map((a) => a.alias) ?? [])]
      .filter((s): s is string => !!s)
      .map(lookupKey));
  };

  return corpus.documents.map((document) => {
    const mine = (p: { documentId: string }) => p.documentId === document.id;
    const outcomes = corpus.outcomes.filter((o) => o.documentId === document.id);
    const participations = corpus.participations.filter((p) => mine(p.provenance));
    const affiliations = corpus.affiliations.filter((a) => mine(a.provenance));
    const frameworks = corpus.frameworks.filter((f) => f.sourceDocumentIds.includes(document.id));

    // Sessions the document records, mentions or that its facts point at (foreign keys need them).
    const sessionIds = unique([
      ...(document.sessionId ? [document.sessionId] : []),
      ...document.paragraphs.flatMap((p) => p.sessionIds),
      ...outcomes.map((o) => o.sessionId),
      ...corpus.sessions.filter((s) => s.agenda.some((item) => mine(item.provenance))).map((s) => s.id),
      ...corpus.sessions.filter((s) => s.provenance.some(mine)).map((s) => s.id),
    ]);
    const personIds = unique([
      ...participations.map((p) => p.personId),
      ...affiliations.map((a) => a.personId),
      ...document.paragraphs.flatMap((p) => p.personIds),
      ...frameworks.map((f) => f.authorId).filter((id): id is string => !!id),
    ]);
    const organizationIds = unique([
      ...participations.map((p) => p.organizationId).filter((id): id is string => !!id),
      ...affiliations.map((a) => a.organizationId),
      ...document.paragraphs.flatMap((p) => p.organizationIds),
      ...corpus.organizations
        .filter((o) => o.aliases.some((a) => a.paragraphId?.startsWith(`${document.id}/`)))
        .map((o) => o.id),
    ]);
    return {
      document,
      sessions: sessionIds
        .map((id) => sessions.get(id))
        .filter((s): s is ExtractedSession => !!s)
        .map((s) => ({ ...s, bodyKeys: bodyKeys(s) })),
      outcomes,
      organizations: organizationIds.map((id) => organizations.get(id)).filter((o) => !!o),
      people: personIds.map((id) => people.get(id)).filter((p) => !!p),
      affiliations,
      participations,
      frameworks,
    };
  });
}
