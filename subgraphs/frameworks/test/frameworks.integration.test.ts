import { Framework, frameworksSubgraph, ingestFrameworksBatch, Provision } from '@igc/frameworks';
import { startSeededSubgraph } from '@igc/testing-corpus';
import type { RunningSubgraph } from '@igc/service-kit';
import { DATABASE_KINDS, graphql, startTestDatabase, type TestDatabase } from '@igc/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CYBER = 'un-wide-framework-on-cybersecurity-and-cybercrime';

describe.each(DATABASE_KINDS)('frameworks subgraph on %s', (kind) => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph;
  let load: () => Promise<void>;
  const count = <T extends object>(entity: new () => T) => subgraph.orm.em.fork().count(entity, {});

  beforeAll(async () => {
    db = await startTestDatabase(kind);
    ({ subgraph, load } = await startSeededSubgraph(frameworksSubgraph, ingestFrameworksBatch, db));
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.stop();
  });

  it('loads the four frameworks once, even the one printed in two documents', async () => {
    expect(await count(Framework)).toBe(4);
    const provisions = await count(Provision);
    await load();
    expect([await count(Framework), await count(Provision)]).toEqual([4, provisions]);
  });

  it('serves the cybersecurity framework with typed, ordered provisions and roles', async () => {
    const { data } = await graphql<{
      framework: {
        title: string;
        kind: string;
        principles: { ordinal: number }[];
        provisions: { kind: string; title: string | null }[];
        roles: { role: string; organization: { id: string }; description: string | null }[];
      };
    }>(
      subgraph.url,
      `{ framework(id: "${CYBER}") {
        title kind principles { ordinal } provisions(kind: ASSISTANCE_AREA) { kind title }
        roles { role organization { id } description }
      } }`,
    );
    const framework = data!.framework;
    expect(framework.title).toBe('United Nations-wide framework on cybersecurity and cybercrime');
    expect(framework.kind).toBe('FRAMEWORK');
    expect(framework.principles.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(framework.provisions.map((p) => p.title)).toEqual([
      'Legal measures',
      'Policy and strategy measures',
      'Technical measures',
      'Capacity-building',
      'Cooperation among stakeholders',
    ]);
    const itu = framework.roles
      .filter((r) => r.organization.id === 'itu')
      .map((r) => r.role)
      .sort();
    expect(itu).toEqual(['LEAD', 'MANDATE_HOLDER']);
    expect(framework.roles.find((r) => r.organization.id === 'itu' && r.role === 'MANDATE_HOLDER')!.description).toMatch(
      /ITU is the specialized agency for ICT/,
    );
  });

  it('filters by kind, text and organization', async () => {
    const { data } = await graphql<{
      statements: { nodes: { title: string }[] };
      itu: { nodes: { id: string }[] };
      text: { totalCount: number };
    }>(
      subgraph.url,
      `{ statements: frameworks(filter: { kind: STATEMENT }) { nodes { title } }
         itu: frameworks(filter: { organizationId: "itu" }) { nodes { id } }
         text: frameworks(filter: { text: "CYBERCRIME" }) { totalCount } }`,
    );
    expect(data!.statements.nodes.map((n) => n.title).sort()).toEqual([
      'Renewing our commitment to the peoples and purposes of the United Nations',
      'Statement on the review of the common system compensation package by the International Civil Service Commission',
    ]);
    expect(data!.itu.nodes.map((n) => n.id)).toEqual([CYBER]);
    expect(data!.text.totalCount).toBe(1);
  });

  it("pages an organization's framework roles newest framework first, narrowed by kind", async () => {
    const schema = subgraph.orm.config.get('schema');
    const busiest = (
      await subgraph.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(
          `select organization_id as id from "${schema}".framework_role
           group by organization_id order by count(*) desc, organization_id limit 1`,
        )
    )[0]!.id;
    const expected = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; role: string }[]>(
        `select f.id, r.role from "${schema}".framework_role r join "${schema}".framework f on f.id = r.framework_id
        where r.organization_id = ? order by f.date desc nulls last, f.id asc, r.role asc, r.id asc`,
        [busiest],
      );
    expect(expected.length).toBeGreaterThan(1);
    type Roles = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { role: string; framework: { id: string } }[];
    };
    const page = async (args: string) => {
      const { data, errors } = await graphql<{ _entities: { frameworkRoles: Roles }[] }>(
        subgraph.url,
        `{ _entities(representations: [{ __typename: "Organization", id: "${busiest}" }]) {
            ... on Organization {
              frameworkRoles(${args}) { totalCount pageInfo { hasNextPage endCursor } nodes { role framework { id } } }
            } } }`,
      );
      expect(errors).toBeUndefined();
      return data!._entities[0]!.frameworkRoles;
    };
    const first = await page('first: 1');
    const rest = await page(`first: 100, after: ${JSON.stringify(first.pageInfo.endCursor)}`);
    expect([...first.nodes, ...rest.nodes].map((n) => [n.framework.id, n.role])).toEqual(expected.map((row) => [row.id, row.role]));
    expect(first.totalCount).toBe(expected.length);
    const role = expected[0]!.role;
    const narrowed = await page(`role: ${role}, first: 100`);
    expect(narrowed.totalCount).toBe(expected.filter((row) => row.role === role).length);
    expect(narrowed.nodes.every((n) => n.role === role)).toBe(true);
    const { errors } = await graphql(subgraph.url, `{ frameworks(first: 1000) { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maximum: 100 });
  });

  it('refuses a 100 KB text filter, stating the limit', async () => {
    const { errors } = await graphql(subgraph.url, 'query($text: String) { frameworks(filter: { text: $text }) { totalCount } }', {
      text: 'x'.repeat(100_000),
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maximum: 200 });
  });

  it('gives null for an unknown framework', async () => {
    expect(await graphql(subgraph.url, '{ framework(id: "nope") { id } }')).toEqual({ data: { framework: null } });
  });
});
