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
    return unique(
      [session.bodyId, body?.name, body?.acronym, ...(body?.aliases.map((a) => a.alias) ?? [])]
        .filter((s): s is string => !!s)
        .map(lookupKey),
    );
  };

  // Every fact indexed once by the document it was read from: splitting stays linear in the corpus.
  const outcomesOf = groupByDocument(corpus.outcomes, (o) => [o.documentId]);
  const participationsOf = groupByDocument(corpus.participations, (p) => [p.provenance.documentId]);
  const affiliationsOf = groupByDocument(corpus.affiliations, (a) => [a.provenance.documentId]);
  const frameworksOf = groupByDocument(corpus.frameworks, (f) => f.sourceDocumentIds);
  const sessionsOf = groupByDocument(corpus.sessions, (s) => [
    ...s.agenda.map((item) => item.provenance.documentId),
    ...s.provenance.map((p) => p.documentId),
  ]);
  const organizationsOf = groupByDocument(corpus.organizations, (o) =>
    o.aliases.map((a) => a.paragraphId?.split('/')[0]).filter((id): id is string => !!id),
  );

  return corpus.documents.map((document) => {
    const outcomes = outcomesOf.get(document.id) ?? [];
    const participations = participationsOf.get(document.id) ?? [];
    const affiliations = affiliationsOf.get(document.id) ?? [];
    const frameworks = frameworksOf.get(document.id) ?? [];

    // Sessions the document records, mentions or that its facts point at (foreign keys need them).
    const sessionIds = unique([
      ...(document.sessionId ? [document.sessionId] : []),
      ...document.paragraphs.flatMap((p) => p.sessionIds),
      ...outcomes.map((o) => o.sessionId),
      ...(sessionsOf.get(document.id) ?? []).map((s) => s.id),
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
      ...(organizationsOf.get(document.id) ?? []).map((o) => o.id),
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

/** Items under each document id they belong to (an item may belong to several). */
function groupByDocument<T>(items: T[], documentIds: (item: T) => string[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items) {
    for (const id of new Set(documentIds(item))) {
      const list = grouped.get(id);
      if (list) list.push(item);
      else grouped.set(id, [item]);
    }
  }
  return grouped;
}
