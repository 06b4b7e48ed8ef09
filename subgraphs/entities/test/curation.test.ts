import { CurationRule, entitiesSubgraph, ingestEntitiesBatch, Person, upsertOrganizations } from '@igc/entities';
import { extractCorpus, readSource, seedFiles } from '@igc/seeds';
import { startSeededSubgraph } from '@igc/testing-corpus';
import { ConfigError, startSubgraph, type RunningSubgraph } from '@igc/service-kit';
import { DATABASE_KINDS, freePort, startTestDatabase, type TestDatabase } from '@igc/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const { corpus } = extractCorpus(seedFiles().map(readSource));

async function token(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: string | number; subject?: string | null } = {},
) {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (options.subject !== null) jwt = jwt.setSubject(options.subject ?? 'curator@example.org');
  jwt = jwt.setExpirationTime(options.expiresIn ?? '5m');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

describe.each(DATABASE_KINDS)('curation, the only writes, on %s', (kind) => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph;
  let load: () => Promise<void>;
  let curator: string;

  const call = async (query: string, authorization?: string) => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      // biome-ignore lint/suspicious/noExplicitAny: each test reads its own mutation's shape
      data?: Record<string, any>;
      errors?: { message: string; extensions: { code: string } }[];
    };
  };
  const addAlias = 'mutation { addAlias(owner: PERSON, id: "phyllis-lee", alias: "P. Lee", reason: "initial used in minutes") }';

  beforeAll(async () => {
    db = await startTestDatabase(kind);
    ({ subgraph, load } = await startSeededSubgraph(
      entitiesSubgraph,
      ingestEntitiesBatch,
      db,
      (em: EntityManager) => upsertOrganizations(em, corpus.organizations),
      { CURATION_ENABLED: 'true', AUTH_JWT_SECRET: SECRET },
    ));
    curator = `Bearer ${await token({ scope: 'read curate' })}`;
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.stop();
  });

  it('refuses to start with writes enabled and no key to verify tokens', async () => {
    const attempt = startSubgraph(entitiesSubgraph, {
      env: {
        DATABASE_URL: db.url,
        ENTITIES_DB_SCHEMA: db.schema('noauth'),
        ENTITIES_PORT: String(await freePort()),
        CURATION_ENABLED: 'true',
        LOG_LEVEL: 'silent',
      },
      handleSignals: false,
    });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(/CURATION_ENABLED=true needs a key .*AUTH_JWT_SECRET.*AUTH_JWKS_URL/);
  });

  it.each([
    ['no token', async () => undefined, 'UNAUTHENTICATED', /bearer token/],
    ['a malformed token', async () => 'Bearer not.a.jwt', 'UNAUTHENTICATED', /not valid/],
    [
      'a wrong signature',
      async () => `Bearer ${await token({ scope: 'curate' }, { secret: 'another-secret-that-is-long-enough-xyz' })}`,
      'UNAUTHENTICATED',
      /not valid/,
    ],
    [
      'an expired token',
      async () => `Bearer ${await token({ scope: 'curate' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })}`,
      'UNAUTHENTICATED',
      /expired/,
    ],
    ['a token without the scope', async () => `Bearer ${await token({ scope: 'read' })}`, 'FORBIDDEN', /"curate" scope/],
  ])('refuses a write with %s', async (_case, header, code, message) => {
    const { errors, data } = await call(addAlias, await header());
    expect(errors?.[0]?.extensions.code).toBe(code);
    expect(errors?.[0]?.message).toMatch(message);
    expect(data?.addAlias ?? null).toBeNull();
    expect(await subgraph.orm.em.fork().count(CurationRule, {})).toBe(0);
  });

  it('adds an alias with a valid token, records who and why, and finds the person by it', async () => {
    const { data, errors } = await call(addAlias, curator);
    expect(errors).toBeUndefined();
    expect(data!.addAlias).toBe(true);
    const found = await call(
      '{ person(name: "P. Lee") { id resolution { alias rule } } auditLog { nodes { action subjectId actor reason at } } }',
    );
    expect(found.data!.person.id).toBe('phyllis-lee');
    expect(found.data!.person.resolution).toContainEqual({ alias: 'P. Lee', rule: 'curated' });
    // What, when and why are public; who only a curator sees.
    expect(found.data!.auditLog.nodes[0]).toMatchObject({
      action: 'ADD_ALIAS',
      subjectId: 'phyllis-lee',
      actor: null,
      reason: 'initial used in minutes',
    });
    const reader = `Bearer ${await token({ scope: 'read' })}`;
    expect((await call('{ auditLog { nodes { actor } } }', reader)).data!.auditLog.nodes[0].actor).toBeNull();
    expect((await call('{ auditLog { nodes { actor } } }', curator)).data!.auditLog.nodes[0].actor).toBe('curator@example.org');
  });

  it('never lets curation data be cached', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ auditLog { totalCount nodes { action reason } } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const read = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ person(id: "paul-akiwumi") { name } }' }),
    });
    expect(read.headers.get('cache-control')).toMatch(/max-age=\d+/);
  });

  it('limits the length of curation inputs, naming the argument and the limit', async () => {
    const long = await call(
      `mutation { addAlias(owner: PERSON, id: "paul-akiwumi", alias: "${'A'.repeat(201)}", reason: "too long") }`,
      curator,
    );
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'alias', maximum: 200 } });
    const reason = await call(
      `mutation { addAlias(owner: PERSON, id: "paul-akiwumi", alias: "P. A.", reason: "${'r'.repeat(1001)}") }`,
      curator,
    );
    expect(reason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'reason', maximum: 1000 } });
  });

  it('merges two people; the merged id still resolves, and re-ingestion keeps them merged', async () => {
    const before = await subgraph.orm.em.fork().count(Person, {});
    const merged = await call(
      'mutation { mergePeople(sourceId: "joe-colombano", targetId: "paul-akiwumi", reason: "test merge") { id participations { ' +
        'totalCount nodes { role } } aliases } }',
      curator,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergePeople.aliases).toContain('Joe Colombano');
    expect(merged.data!.mergePeople.participations.totalCount).toBeGreaterThanOrEqual(2);
    await load();
    expect(await subgraph.orm.em.fork().count(Person, {})).toBe(before - 1);
    const lookup = await call('{ person(id: "joe-colombano") { id } byName: person(name: "Joe Colombano") { id } }');
    expect(lookup.data).toEqual({ person: { id: 'paul-akiwumi' }, byName: { id: 'paul-akiwumi' } });
  });

  it('merges idempotently: into a person who already has the alias, and the same merge twice', async () => {
    const { data: source } = await call('{ person(id: "navid-hanif") { name } }');
    expect(source?.person?.name).toBeTruthy();
    const alias = await call(
      `mutation { addAlias(owner: PERSON, id: "paul-akiwumi", alias: "${source!.person.name}", reason: "same spelling first") }`,
      curator,
    );
    expect(alias.errors).toBeUndefined();
    const merge = 'mutation { mergePeople(sourceId: "navid-hanif", targetId: "paul-akiwumi", reason: "same person") { id aliases } }';
    const first = await call(merge, curator);
    expect(first.errors).toBeUndefined();
    expect(first.data!.mergePeople.id).toBe('paul-akiwumi');
    const again = await call(merge, curator);
    expect(again.errors).toBeUndefined();
    expect(again.data!.mergePeople).toEqual(first.data!.mergePeople);
    const merges = await subgraph.orm.em.fork().count(CurationRule, { subjectId: 'navid-hanif' });
    expect(merges).toBe(1);
  });

  it('keeps a corrected name and a removed alias across re-ingestion', async () => {
    const corrected = await call(
      'mutation { correctPerson(id: "phyllis-lee", correction: { name: "Phyllis Lee-Smith" }, reason: "married name") { name } }',
      curator,
    );
    expect(corrected.data!.correctPerson.name).toBe('Phyllis Lee-Smith');
    const removed = await call('mutation { removeAlias(owner: PERSON, id: "phyllis-lee", alias: "P. Lee", reason: "ambiguous") }', curator);
    expect(removed.data!.removeAlias).toBe(true);
    await load();
    const { data } = await call('{ person(id: "phyllis-lee") { name aliases } byAlias: person(name: "P. Lee") { id } }');
    expect(data!.person.name).toBe('Phyllis Lee-Smith');
    expect(data!.person.aliases).not.toContain('P. Lee');
    expect(data!.byAlias).toBeNull();
  });

  it('loses no write under many parallel clients, readers alongside', async () => {
    const before = await subgraph.orm.em.fork().count(CurationRule, {});
    const writes = Array.from({ length: 24 }, (_, i) =>
      call(`mutation { addAlias(owner: ORGANIZATION, id: "itu", alias: "ITU variant ${i}", reason: "load test ${i}") }`, curator),
    );
    const reads = Array.from({ length: 24 }, () => call('{ organization(acronym: "ITU") { id aliases } }'));
    const results = await Promise.all([...writes, ...reads]);
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await subgraph.orm.em.fork().count(CurationRule, {})).toBe(before + 24);
    const { data } = await call('{ organization(id: "itu") { aliases } }');
    for (let i = 0; i < 24; i++) expect(data!.organization.aliases).toContain(`ITU variant ${i}`);
    // The lookup keys were rewritten by 24 concurrent transactions: none of them lost.
    const lookups = await Promise.all(Array.from({ length: 24 }, (_, i) => call(`{ organization(name: "ITU variant ${i}") { id } }`)));
    expect(lookups.map((l) => l.data!.organization?.id)).toEqual(Array(24).fill('itu'));
  });

  it('says what to fix for an unknown id or an empty reason', async () => {
    const unknown = await call('mutation { mergePeople(sourceId: "nobody", targetId: "paul-akiwumi", reason: "x") { id } }', curator);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No person has id "nobody".', extensions: { code: 'BAD_USER_INPUT' } });
    const noReason = await call('mutation { addAlias(owner: PERSON, id: "paul-akiwumi", alias: "P. A.", reason: " ") }', curator);
    expect(noReason.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
