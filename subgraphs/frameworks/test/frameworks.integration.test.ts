import { Framework, frameworksSubgraph, ingestFrameworksBatch, Provision } from '@igc/frameworks';
import { startSeededSubgraph } from '@igc/testing-corpus';
import type { RunningSubgraph } from '@igc/service-kit';
import { DATABASE_KINDS, graphql, startTestDatabase, type TestDatabase } from '@igc/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CYBER = 'un-wide-framework-on-cybersecurity-and-cybercrime';

describe.each(DATABASE_KINDS)('frameworks subgraph on %s', (kind) => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph;
  let load: () => Promise<void>;
  const count = (entity: typeof Framework | typeof Provision) => subgraph.orm.em.fork().count(entity, {});

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
      framework: { title: string; kind: string; principles: { ordinal: number }[]; provisions: { kind: string; title: string | null }[]; roles: { role: string; organization: { id: string }; description: string | null }[] };
    }>(
      subgraph.url,
      `{ framework(id: "${CYBER}") { title kind principles { ordinal } provisions(kind: ASSISTANCE_AREA) { kind title } roles { role organization { id } description } } }`,
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
    const itu = framework.roles.filter((r) => r.organization.id === 'itu').map((r) => r.role).sort();
    expect(itu).toEqual(['LEAD', 'MANDATE_HOLDER']);
    expect(framework.roles.find((r) => r.organization.id === 'itu' && r.role === 'MANDATE_HOLDER')!.description).toMatch(/ITU is the specialized agency for ICT/);
  });

  it('filters by kind, text and organization', async () => {
    const { data } = await graphql<{ statements: { nodes: { title: string }[] }; itu: { nodes: { id: string }[] }; text: { totalCount: number } }>(
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

  it('gives null for an unknown framework', async () => {
    expect(await graphql(subgraph.url, '{ framework(id: "nope") { id } }')).toEqual({ data: { framework: null } });
  });
});
