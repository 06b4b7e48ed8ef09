import { entitiesSubgraph, ingestEntitiesBatch, Organization, Participation, Person, upsertOrganizations } from '@igc/entities';
import { extractCorpus, readSource, seedFiles } from '@igc/seeds';
import { startSeededSubgraph } from '@igc/testing-corpus';
import type { RunningSubgraph } from '@igc/service-kit';
import { DATABASE_KINDS, graphql, startTestDatabase, type TestDatabase } from '@igc/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { corpus } = extractCorpus(seedFiles().map(readSource));
const prepare = async (em: EntityManager) => {
  await upsertOrganizations(em, corpus.organizations);
};

describe.each(DATABASE_KINDS)('entities subgraph on %s', (kind) => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph;
  let load: () => Promise<void>;
  const count = <T extends object>(entity: new () => T) => subgraph.orm.em.fork().count(entity, {});

  beforeAll(async () => {
    db = await startTestDatabase(kind);
    ({ subgraph, load } = await startSeededSubgraph(entitiesSubgraph, ingestEntitiesBatch, db, prepare));
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.stop();
  });

  it('holds the people and participations of the seeds, and reloading changes nothing', async () => {
    const before = [await count(Person), await count(Participation), await count(Organization)];
    expect(before[0]).toBe(corpus.people.length);
    expect(before[1]).toBe(corpus.participations.length);
    await load();
    expect([await count(Person), await count(Participation), await count(Organization)]).toEqual(before);
  });

  it.each([['UN-Women'], ['UN Women'], ['un women'], ['United Nations Entity for Gender Equality and the Empowerment of Women']])(
    'finds UN-Women as %j',
    async (spelling) => {
      const { data } = await graphql<{ organization: { id: string } | null }>(
        subgraph.url,
        'query($a: String) { organization(acronym: $a) { id } }',
        { a: spelling },
      );
      expect(data!.organization?.id).toBe('un-women');
    },
  );

  it('finds a person by a misspelling and explains each alias', async () => {
    const { data } = await graphql<{
      person: {
        id: string;
        name: string;
        aliases: string[];
        resolution: { alias: string; rule: string; paragraph: { id: string } | null }[];
      };
    }>(subgraph.url, '{ person(name: "Eliott Harris") { id name aliases resolution { alias rule paragraph { id } } } }');
    expect(data!.person).toMatchObject({ id: 'elliott-harris', name: 'Elliott Harris', aliases: ['Elliot Harris'] });
    const listed = data!.person.resolution.find((r) => r.alias === 'Elliot Harris')!;
    expect(listed.rule).toMatch(/edit distance 1/);
    expect(listed.paragraph?.id).toMatch(/^ceb-2013-6\/annex_2\//);
  });

  it('gives null for an unknown id or name', async () => {
    const { data } = await graphql(subgraph.url, '{ organization(id: "nope") { id } person(name: "Nobody Atall") { id } }');
    expect(data).toEqual({ organization: null, person: null });
  });

  it('lists the HLCP 26 participants with role and delegation, through the Session entity', async () => {
    const { data } = await graphql<{
      _entities: {
        participants: { role: string; person: { name: string }; organization: { acronym: string } | null }[];
        participatingOrganizations: { id: string }[];
      }[];
    }>(
      subgraph.url,
      `{ _entities(representations: [{ __typename: "Session", id: "hlcp-26" }]) {
          ... on Session { participants { role person { name } organization { acronym } } participatingOrganizations { id } } } }`,
    );
    const session = data!._entities[0]!;
    expect(session.participants).toHaveLength(70);
    expect(session.participants[0]).toEqual({ role: 'CHAIR', person: { name: 'Achim Steiner' }, organization: null });
    expect(session.participatingOrganizations).toHaveLength(39);
    const itu = session.participants.filter((p) => p.organization?.acronym === 'ITU').map((p) => p.person.name);
    expect(itu.length).toBeGreaterThan(0);
  });

  it('filters organizations by kind and text, and pages them', async () => {
    const { data } = await graphql<{ organizations: { totalCount: number; nodes: { id: string; kind: string }[] } }>(
      subgraph.url,
      '{ organizations(filter: { kind: REGIONAL_ORGANIZATION, text: "african" }, first: 5) { totalCount nodes { id kind } } }',
    );
    expect(data!.organizations.nodes.map((n) => n.id)).toContain('au');
    expect(data!.organizations.nodes.every((n) => n.kind === 'REGIONAL_ORGANIZATION')).toBe(true);
  });

  it('knows HLCP belongs to CEB', async () => {
    const { data } = await graphql<{ organization: { parent: { id: string }; kind: string } }>(
      subgraph.url,
      '{ organization(acronym: "HLCP") { kind parent { id } } }',
    );
    expect(data!.organization).toEqual({ kind: 'COORDINATION_BODY', parent: { id: 'ceb' } });
  });
});
