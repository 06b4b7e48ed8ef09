import { entitiesSubgraph, ingestEntitiesBatch, upsertOrganizations } from '@igc/entities';
import { frameworksSubgraph, ingestFrameworksBatch } from '@igc/frameworks';
import { loadGatewayConfig, startGateway } from '@igc/gateway';
import { toBatches } from '@igc/seeds';
import { syntheticCorpus } from '@igc/testing-corpus';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@igc/service-kit';
import { DATABASE_KINDS, freePort, graphql, startTestDatabase, type TestDatabase } from '@igc/testing';
import { ingestSessionsBatch, sessionsSubgraph } from '@igc/sessions';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * No N+1: the SQL statements a request costs each subgraph must not grow with the number of
 * items it returns. Counted through the ORM's query logger, for a page of 5 and of 100 sessions, each
 * with the per-parent connections (participations, affiliations, framework roles, endorsements,
 * citations, mentions, sessions convened): one statement per connection and request, not per parent.
 * The count is exact: a loader's cache lasts one batch (service-kit `batchScopedLoader`), so it is
 * one statement per loader and resolver wave whatever rows earlier waves returned.
 */
const QUERY = `query Sessions($first: Int) {
  sessions(first: $first) {
    totalCount
    nodes {
      id title year
      body {
        name acronym
        sessionsConvened(first: 3) { totalCount nodes { id } }
        mentions(first: 2) { totalCount nodes { id } }
      }
      location { city host { name } }
      agenda { label title subItems { label title organizations { name } } paragraphs { number } outcomes { kind } }
      outcomes {
        kind paragraph { text document { symbol } }
        framework {
          title provisions { kind text } roles { role organization { name } }
          endorsements(first: 2) { totalCount nodes { kind session { id } } }
        }
      }
      documents {
        symbol references { symbol document { title } }
        citedBy(first: 2) { totalCount nodes { symbol } }
        paragraphs(first: 2) { totalCount nodes { number } }
      }
      mentions(first: 2) { totalCount nodes { id } }
      participants {
        role organization { name }
        person {
          name aliases
          participations(first: 2) { totalCount nodes { role session { id } } }
          affiliations(first: 2) { totalCount nodes { title organization { name } } }
        }
      }
      participatingOrganizations {
        name
        frameworkRoles(first: 2) { totalCount nodes { role framework { title } } }
        participations(first: 2, role: PARTICIPANT) { totalCount nodes { person { name } } }
        affiliations(first: 2) { totalCount nodes { person { name } } }
      }
    }
  }
}`;

describe.each(DATABASE_KINDS)('SQL statements per request on %s', (kind) => {
  let db: TestDatabase;
  const subgraphs: Record<string, RunningSubgraph> = {};
  const statements: Record<string, number> = { sessions: 0, entities: 0, frameworks: 0 };
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    db = await startTestDatabase(kind);
    const start = async <TLoaders>(definition: SubgraphDefinition<TLoaders>) => {
      const prefix = definition.name.toUpperCase();
      const env = {
        DATABASE_URL: db.url,
        [`${prefix}_DB_SCHEMA`]: db.schema(definition.name),
        [`${prefix}_PORT`]: String(await freePort()),
        LOG_LEVEL: 'silent',
      };
      subgraphs[definition.name] = await startSubgraph(definition, {
        env,
        handleSignals: false,
        onQuery: (message) => {
          if (/^\s*(with|select|insert|update|delete)\b/i.test(message)) statements[definition.name]! += 1;
        },
      });
    };
    await start(sessionsSubgraph);
    await start(entitiesSubgraph);
    await start(frameworksSubgraph);
    const corpus = syntheticCorpus({ sessions: 120 });
    const fork = (name: string) => subgraphs[name]!.orm.em.fork() as EntityManager;
    await upsertOrganizations(fork('entities'), corpus.organizations);
    for (const batch of toBatches(corpus)) {
      await ingestEntitiesBatch(fork('entities'), batch);
      await ingestFrameworksBatch(fork('frameworks'), batch);
      await ingestSessionsBatch(fork('sessions'), batch);
    }
    gateway = await startGateway(
      loadGatewayConfig({
        GATEWAY_PORT: String(await freePort()),
        SESSIONS_URL: subgraphs.sessions!.url,
        ENTITIES_URL: subgraphs.entities!.url,
        FRAMEWORKS_URL: subgraphs.frameworks!.url,
        LOG_LEVEL: 'silent',
        // The query is deliberately wide (100 sessions with everything): above the default MAX_COST.
        MAX_COST: '10000000',
      }),
    );
  }, 180_000);

  afterAll(async () => {
    await gateway?.stop();
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
    await db?.stop();
  });

  async function countFor(first: number) {
    for (const key of Object.keys(statements)) statements[key] = 0;
    const { data, errors } = await graphql<{ sessions: { nodes: unknown[] } }>(gateway.url, QUERY, { first });
    expect(errors).toBeUndefined();
    expect(data!.sessions.nodes).toHaveLength(first);
    return { ...statements };
  }

  it('does not grow from 5 to 100 sessions, in any subgraph', async () => {
    await countFor(5); // warm-up: metadata queries the ORM runs once
    const five = await countFor(5);
    const hundred = await countFor(100);
    // An N+1 would add about 95 statements (one per extra session).
    expect(hundred).toEqual(five);
    // And it is a small number, not merely constant.
    for (const count of Object.values(hundred)) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(25);
    }
    console.log('SQL statements per subgraph for 5 and 100 sessions:', five, hundred);
  });

  it('does not grow with the page size of per-parent connections', async () => {
    const query = `query Pages($first: Int) {
      organizations(first: 50) { nodes {
        participations(first: $first) { totalCount nodes { role person { name } } }
        affiliations(first: $first) { totalCount nodes { person { name } } }
        sessionsConvened(first: $first) { totalCount nodes { title } }
        mentions(first: $first) { totalCount nodes { id } }
        frameworkRoles(first: $first) { totalCount nodes { role framework { title } } }
      } }
    }`;
    const countWith = async (first: number) => {
      for (const key of Object.keys(statements)) statements[key] = 0;
      const { data, errors } = await graphql<{ organizations: { nodes: { participations: { nodes: unknown[] } }[] } }>(gateway.url, query, {
        first,
      });
      expect(errors).toBeUndefined();
      return { counts: { ...statements }, items: data!.organizations.nodes.reduce((sum, org) => sum + org.participations.nodes.length, 0) };
    };
    await countWith(1);
    const one = await countWith(1);
    const hundred = await countWith(100);
    expect(hundred.items).toBeGreaterThan(one.items * 5); // the larger pages really return more
    expect(hundred.counts).toEqual(one.counts);
    console.log('SQL statements per subgraph for pages of 1 and 100:', one.counts, hundred.counts);
  });
});
