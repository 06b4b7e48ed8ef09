import { graphql } from '@igc/testing';

/**
 * What the API says there is, read through the gateway as a client would: the ids of every kind
 * whose type has an id, and counts of the others. Lists are paged 50 at a time.
 */
export interface ApiTotals {
  ids: Record<
    | 'sessions'
    | 'documents'
    | 'organizations'
    | 'people'
    | 'frameworks'
    | 'paragraphs'
    | 'agenda_items'
    | 'outcomes'
    | 'participations'
    | 'provisions',
    string[]
  >;
  counts: Record<'affiliations' | 'framework_roles' | 'citations', number>;
  /** Paragraph ids per document id. */
  paragraphsByDocument: Map<string, string[]>;
}

async function ask<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await graphql<T>(url, query, variables);
  if (errors) throw new Error(`${query}\n${JSON.stringify(errors)}`);
  return data!;
}

/**
 * Every node of a top-level connection, following endCursor; `pageSize` keeps nested lists under the
 * gateway's cost limit (a session's agenda, outcomes and participants are priced at their assumed size).
 */
async function pages<T>(url: string, field: string, selection: string, args = '', pageSize = 50): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> = await ask(
      url,
      `query($after: String) { page: ${field}(first: ${pageSize}, after: $after${args}) {
        nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    nodes.push(...data.page!.nodes);
    if (!data.page!.pageInfo.hasNextPage) return nodes;
    after = data.page!.pageInfo.endCursor;
  }
}

/** `Person.affiliations` is a list in the first shape of the contract and a connection in the second. */
async function affiliationsSelection(url: string): Promise<{ selection: string; count: (value: unknown) => number }> {
  const data = await ask<{ __type: { fields: { name: string; type: { kind: string; ofType: { kind: string } | null } }[] } }>(
    url,
    '{ __type(name: "Person") { fields { name type { kind ofType { kind } } } } }',
  );
  const field = data.__type.fields.find((f) => f.name === 'affiliations')!;
  const isList = (field.type.kind === 'NON_NULL' ? field.type.ofType!.kind : field.type.kind) === 'LIST';
  return isList
    ? { selection: 'affiliations { title }', count: (value) => (value as unknown[]).length }
    : { selection: 'affiliations(first: 1) { totalCount }', count: (value) => (value as { totalCount: number }).totalCount };
}

type AgendaNode = { id: string; subItems?: AgendaNode[] };
const agendaIds = (items: AgendaNode[]): string[] => items.flatMap((item) => [item.id, ...agendaIds(item.subItems ?? [])]);

export async function apiTotals(url: string): Promise<ApiTotals> {
  const sessions = await pages<{ id: string; agenda: AgendaNode[]; outcomes: { id: string }[]; participants: { id: string }[] }>(
    url,
    'sessions',
    'id agenda { id subItems { id subItems { id } } } outcomes { id } participants { id }',
    '',
    5,
  );
  const documents = await pages<{ id: string; references: { symbol: string }[] }>(url, 'documents', 'id references { symbol }');
  const frameworks = await pages<{ id: string; provisions: { id: string }[]; roles: { role: string }[] }>(
    url,
    'frameworks',
    'id provisions { id } roles { role }',
  );
  const affiliations = await affiliationsSelection(url);
  const people = await pages<{ id: string; affiliations: unknown }>(url, 'people', `id ${affiliations.selection}`);
  const organizations = await pages<{ id: string }>(url, 'organizations', 'id');
  const paragraphsByDocument = new Map<string, string[]>();
  for (const document of documents) {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: { document: { paragraphs: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } =
        await ask(
          url,
          `query($id: ID!, $after: String) { document(id: $id) {
          paragraphs(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
          { id: document.id, after },
        );
      ids.push(...data.document.paragraphs.nodes.map((n) => n.id));
      if (!data.document.paragraphs.pageInfo.hasNextPage) break;
      after = data.document.paragraphs.pageInfo.endCursor;
    }
    paragraphsByDocument.set(document.id, ids);
  }
  return {
    ids: {
      sessions: sessions.map((s) => s.id),
      documents: documents.map((d) => d.id),
      organizations: organizations.map((o) => o.id),
      people: people.map((p) => p.id),
      frameworks: frameworks.map((f) => f.id),
      paragraphs: [...paragraphsByDocument.values()].flat(),
      agenda_items: sessions.flatMap((s) => agendaIds(s.agenda)),
      outcomes: sessions.flatMap((s) => s.outcomes.map((o) => o.id)),
      participations: sessions.flatMap((s) => s.participants.map((p) => p.id)),
      provisions: frameworks.flatMap((f) => f.provisions.map((p) => p.id)),
    },
    counts: {
      affiliations: people.reduce((sum, p) => sum + affiliations.count(p.affiliations), 0),
      framework_roles: frameworks.reduce((sum, f) => sum + f.roles.length, 0),
      citations: documents.reduce((sum, d) => sum + d.references.length, 0),
    },
    paragraphsByDocument,
  };
}
