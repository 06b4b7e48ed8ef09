import { Affiliation, entitiesSubgraph, ingestEntitiesBatch, Participation, upsertOrganizations } from '@igc/entities';
import { extractCorpus, readSource, seedFiles } from '@igc/seeds';
import { startSeededSubgraph } from '@igc/testing-corpus';
import type { RunningSubgraph } from '@igc/service-kit';
import { readAllPages, type ConnectionPage } from '@igc/testing';
import { DATABASE_KINDS, graphql, startTestDatabase, type TestDatabase } from '@igc/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { corpus } = extractCorpus(seedFiles().map(readSource));
const prepare = (em: EntityManager) => upsertOrganizations(em, corpus.organizations);

/** Newest session first, then list order: the order Organization.participations states. */
const newestSessionFirst = (a: Participation, b: Participation) =>
  (b.sessionDate ?? '').localeCompare(a.sessionDate ?? '') || b.sessionId.localeCompare(a.sessionId) || a.position - b.position;

describe.each(DATABASE_KINDS)('entities connections and bounded lookups on %s', (kind) => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph;
  let busiest: string;

  beforeAll(async () => {
    db = await startTestDatabase(kind);
    ({ subgraph } = await startSeededSubgraph(entitiesSubgraph, ingestEntitiesBatch, db, prepare));
    const counts = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `select organization_id as id from "${subgraph.orm.config.get('schema')}".participation
        where organization_id is not null group by organization_id order by count(*) desc, organization_id limit 1`,
      );
    busiest = counts[0]!.id;
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.stop();
  });

  const organizationPage = async (field: string, args: string, nodeFields: string) => {
    const { data, errors } = await graphql<{ organization: Record<string, ConnectionPage<Record<string, unknown>>> }>(
      subgraph.url,
      `{ organization(id: "${busiest}") { ${field}(${args}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${nodeFields} } } } }`,
    );
    expect(errors).toBeUndefined();
    return data!.organization[field]!;
  };

  it("pages an organization's participations newest session first, the same whatever the page size", async () => {
    const rows = await subgraph.orm.em.fork().find(Participation, { organization: busiest });
    const expected = rows.sort(newestSessionFirst).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(3);
    const all = await organizationPage('participations', 'first: 100', 'id');
    expect(all.totalCount).toBe(expected.length);
    expect(all.nodes.map((n) => n.id)).toEqual(expected.slice(0, 100));
    const fetch = (first: number, after: string | null) =>
      organizationPage('participations', `first: ${first}, after: ${JSON.stringify(after)}`, 'id');
    const paged = await readAllPages(fetch, 2);
    expect(paged.nodes.map((n) => n.id)).toEqual(expected);
    expect(paged.pages).toBe(Math.ceil(expected.length / 2));
    expect(new Set(paged.totalCounts)).toEqual(new Set([expected.length]));
  });

  it('narrows participations to one role, counting only that role', async () => {
    const rows = await subgraph.orm.em.fork().find(Participation, { organization: busiest, role: 'PARTICIPANT' as Participation['role'] });
    const page = await organizationPage('participations', 'role: PARTICIPANT, first: 100', 'id role');
    expect(page.totalCount).toBe(rows.length);
    expect(page.nodes.every((n) => n.role === 'PARTICIPANT')).toBe(true);
  });

  it("pages an organization's affiliations by the person's name", async () => {
    const org = (
      await subgraph.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(
          `select organization_id as id from "${subgraph.orm.config.get('schema')}".affiliation
        group by organization_id order by count(*) desc limit 1`,
        )
    )[0]!.id;
    const count = await subgraph.orm.em.fork().count(Affiliation, { organization: org });
    const fetch = async (first: number, after: string | null) => {
      const { data } = await graphql<{ organization: { affiliations: ConnectionPage<{ person: { name: string } }> } }>(
        subgraph.url,
        `query($id: ID, $first: Int, $after: String) { organization(id: $id) {
          affiliations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { person { name } } } } }`,
        { id: org, first, after },
      );
      return data!.organization.affiliations;
    };
    const { nodes, totalCounts } = await readAllPages(fetch, 1);
    expect(totalCounts[0]).toBe(count);
    const names = nodes.map((n) => n.person.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("pages a person's participations newest session first", async () => {
    const person = 'elliott-harris';
    const rows = await subgraph.orm.em.fork().find(Participation, { person });
    const { data } = await graphql<{ person: { participations: ConnectionPage<{ id: string }> } }>(
      subgraph.url,
      `{ person(id: "${person}") { participations(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`,
    );
    expect(data!.person.participations.totalCount).toBe(rows.length);
    expect(data!.person.participations.nodes.map((n) => n.id)).toEqual(rows.sort(newestSessionFirst).map((p) => p.id));
  });

  it('refuses a page over 100 with a typed error that states the limit', async () => {
    const { errors } = await graphql(subgraph.url, `{ organization(id: "${busiest}") { participations(first: 101) { totalCount } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('100');
  });

  it.each([
    ['organization(name: $text) { id }'],
    ['organization(acronym: $text) { id }'],
    ['person(name: $text) { id }'],
    ['organizations(filter: { text: $text }) { totalCount }'],
    ['people(filter: { text: $text }) { totalCount }'],
  ])('refuses a 100 KB input to %s, stating the limit', async (field) => {
    const { data, errors } = await graphql(subgraph.url, `query($text: String) { ${field} }`, { text: 'x'.repeat(100_000) });
    expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maximum: 200 });
    expect(errors?.[0]?.message).toContain('at most 200 characters');
  });

  const misspellings = [['Elliot Harris'], ['Elliott Haris'], ['Eliott Harris']];
  it.each(misspellings)('finds Elliott Harris as %j, candidates from the trigram index', async (name) => {
    const query = 'query($name: String) { person(name: $name) { id } }';
    const { data } = await graphql<{ person: { id: string } | null }>(subgraph.url, query, { name });
    expect(data!.person?.id).toBe('elliott-harris');
  });

  it('still finds nothing for a name far from every known one', async () => {
    const { data } = await graphql<{ person: { id: string } | null }>(subgraph.url, '{ person(name: "Zyxwv Qqqqq") { id } }');
    expect(data!.person).toBeNull();
  });
});
