import { createServer } from 'node:net';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { graphql, type Stack, startStack } from '@igc/testing';
import { execFileSync } from 'node:child_process';
import { contractCheckScript, ROOT } from './contract-path.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';

const CURATION = { CURATION_ENABLED: 'true', AUTH_JWT_SECRET: 'e2e-secret-that-is-long-enough-0123456789' };

const portIsOpen = (port: number) =>
  fetch(`http://127.0.0.1:${port}/health`).then(
    () => true,
    () => false,
  );

describe('npm start, end to end through the gateway', () => {
  let stack: Stack;
  const dataDir = join(mkdtempSync(join(tmpdir(), 'intergov-e2e-')), 'pglite');

  beforeAll(async () => {
    stack = await startStack({ dataDir, env: CURATION });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('loads the seed documents on the first start', () => {
    expect(stack.output()).toMatch(/Loaded 4 document\(s\)/);
  });

  it('answers one query that spans the three subgraphs with real seed values', async () => {
    const { data, errors } = await graphql<{
      session: {
        title: string;
        body: { name: string };
        location: { city: string; host: { acronym: string } };
        participants: {
          role: string;
          person: { name: string; participations: { totalCount: number; nodes: { session: { id: string } }[] } };
          organization: { acronym: string } | null;
        }[];
        outcomes: {
          kind: string;
          paragraph: { number: number };
          framework: { title: string; principles: { ordinal: number }[]; endorsements: { nodes: { session: { id: string } }[] } } | null;
        }[];
      };
    }>(
      stack.url,
      `{ session(id: "hlcp-26") {
           title
           body { name }
           location { city host { acronym } }
           participants { role person { name participations(first: 5) { totalCount nodes { session { id } } } } organization { acronym } }
           outcomes(kind: ENDORSED) {
             kind paragraph { number }
             framework { title principles { ordinal } endorsements { nodes { session { id } } } }
           }
         } }`,
    );
    expect(errors).toBeUndefined();
    const session = data!.session;
    // sessions subgraph: CEB/2013/6, cover page and paragraph 1
    expect(session.title).toBe('twenty-sixth session of the High-level Committee on Programmes');
    expect(session.location).toEqual({ city: 'Geneva', host: { acronym: 'OHCHR' } });
    // entities subgraph: Annex II, list of participants
    expect(session.body.name).toBe('High-level Committee on Programmes');
    expect(session.participants).toHaveLength(70);
    expect(session.participants.slice(0, 3).map((p) => [p.role, p.person.name])).toEqual([
      ['CHAIR', 'Achim Steiner'],
      ['VICE_CHAIR', 'Elliott Harris'],
      ['SECRETARY', 'Phyllis Lee'],
    ]);
    // frameworks subgraph, back through sessions: paragraph 49 endorses Annex III; CEB endorsed it too.
    const cyber = session.outcomes.find((o) => o.paragraph.number === 49)!;
    expect(cyber.framework!.title).toBe('United Nations-wide framework on cybersecurity and cybercrime');
    expect(cyber.framework!.principles).toHaveLength(7);
    // Oldest first: HLCP 26 (October 2013) endorsed it before the CEB (November 2013).
    expect(cyber.framework!.endorsements.nodes.map((e) => e.session.id)).toEqual(['hlcp-26', 'ceb-2013-2']);
    // Each participant's own participations come through the entities subgraph, newest session first.
    expect(session.participants[0]!.person.participations.nodes.map((p) => p.session.id)).toContain('hlcp-26');
  });

  it('looks organizations and people up by any spelling through the gateway', async () => {
    const { data } = await graphql<{
      org: { id: string; mentions: { totalCount: number; nodes: { document: { symbol: string } }[] } };
      person: { id: string };
    }>(
      stack.url,
      '{ org: organization(acronym: "UN Women") { id mentions(first: 1) { totalCount nodes { document { symbol } } } } ' +
        'person(name: "Elliot Harris") { id } }',
    );
    expect(data!.org.id).toBe('un-women');
    // CEB/2013/2 para 4 welcomes "Phumzile Mlambo-Nguka, Executive Director of ... (UN-Women)".
    expect(data!.org.mentions.nodes[0]!.document.symbol).toBe('CEB/2013/2');
    expect(data!.person.id).toBe('elliott-harris');
  });

  it("computes Cache-Control from the subgraphs' hints across a federated query", async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organization(id: "undp") { name mentions(first: 1) { totalCount } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
  });

  it('runs every README journey without errors, with data from the seeds', async () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const operations = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((op) => op.startsWith('query'));
    const results: Record<string, unknown> = {};
    for (const operation of operations) {
      const { data, errors, extensions } = (await graphql<Record<string, unknown>>(stack.url, operation)) as {
        data?: Record<string, unknown>;
        errors?: unknown[];
        extensions?: { cost?: { estimated: number; max: number } };
      };
      expect(errors).toBeUndefined();
      // Priced by demand control, within the default limit.
      expect(extensions?.cost?.estimated).toBeGreaterThan(0);
      expect(extensions!.cost!.estimated).toBeLessThanOrEqual(extensions!.cost!.max);
      Object.assign(results, data);
    }
    const org = results.organization as { name: string; frameworkRoles: { nodes: { role: string }[] } };
    expect(org.name).toBe('International Telecommunication Union');
    expect(org.frameworkRoles.nodes.map((r) => r.role)).toEqual(expect.arrayContaining(['LEAD', 'MANDATE_HOLDER']));
    const search = results.search as { totalCount: number; nodes: { highlight: string }[] };
    expect(search.totalCount).toBeGreaterThan(0);
    expect(search.nodes[0]!.highlight).toMatch(/<mark>/);
  });

  it('satisfies the public contract on the live gateway (introspected)', () => {
    const output = execFileSync(process.execPath, [contractCheckScript(), stack.url], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toMatch(/contract: (\d+)\/\1 items satisfied/);
  });

  it('refuses hostile input with typed errors and keeps answering (real processes)', async () => {
    // Issue 11's fan-out: 100 sessions x participants x their participations x those sessions' participants.
    const FAN_OUT =
      '{ sessions(first: 100) { nodes { participants { person { participations(first: 100) { nodes { session { participants { person ' +
      '{ name } } } } } } } } } }';
    const post = (body: string, contentType = 'application/json') =>
      fetch(stack.url, { method: 'POST', headers: { 'content-type': contentType }, body });
    const deep = `{ sessions { nodes { ${'agenda { subItems { '.repeat(6)}title${' } }'.repeat(6)} } } }`;
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: documents { totalCount }`).join(' ')} }`;
    const refusals = [
      [await post(JSON.stringify({ query: deep })), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 12/],
      [await post(JSON.stringify({ query: aliases })), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 30/],
      [
        await post(JSON.stringify({ query: `{ documents { totalCount } } #${'x'.repeat(1_100_000)}` })),
        'PAYLOAD_TOO_LARGE',
        /1000000 bytes/,
      ],
      [await post('{"query": '), 'BAD_REQUEST', /not valid JSON/],
      [await post(JSON.stringify({ query: '{ documents(first: 1000) { totalCount } }' })), 'BAD_USER_INPUT', /between 0 and 100/],
      [await post(JSON.stringify({ query: FAN_OUT })), 'COST_ESTIMATED_TOO_EXPENSIVE', /Operation cost \d+ exceeds the maximum of 50000/],
      [
        await post(JSON.stringify({ query: 'mutation { addAlias(owner: PERSON, id: "phyllis-lee", alias: "x", reason: "y") }' })),
        'UNAUTHENTICATED',
        /bearer token/,
      ],
    ] as const;
    for (const [response, code, message] of refusals) {
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe(code);
      expect(body.errors[0]!.message).toMatch(message);
    }
    const { data } = await graphql<{ documents: { totalCount: number } }>(stack.url, '{ documents { totalCount } }');
    expect(data!.documents.totalCount).toBe(4);
  });

  it('accepts a curation through the gateway with a valid token, and records who did it', async () => {
    const token = await new SignJWT({ scope: 'curate' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('e2e-curator')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(CURATION.AUTH_JWT_SECRET));
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation { addAlias(owner: PERSON, id: "navid-hanif", alias: "N. Hanif", reason: "initials in minutes") }',
      }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ addAlias: true });
    const { data } = await graphql<{ person: { id: string }; auditLog: { nodes: { actor: string }[] } }>(
      stack.url,
      '{ person(name: "N. Hanif") { id } auditLog(first: 1) { nodes { actor } } }',
      {},
      // Who curated is shown to curators only.
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(data).toEqual({ person: { id: 'navid-hanif' }, auditLog: { nodes: [{ actor: 'e2e-curator' }] } });
    // Curation data is never cached, even when asked for alongside cacheable data.
    const audit = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ person(id: "navid-hanif") { name } auditLog(first: 1) { nodes { action actor } } }' }),
    });
    expect(audit.headers.get('cache-control')).toBe('no-store');
    expect(((await audit.json()) as { data: { auditLog: { nodes: unknown[] } } }).data.auditLog.nodes).toEqual([
      { action: 'ADD_ALIAS', actor: null },
    ]);
  });

  it('serves Apollo Sandbox on GET', async () => {
    const response = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/sandbox/i);
  });

  it('stops every process on SIGTERM and reuses the data on the next start', async () => {
    expect(await stack.stop()).toBe(0);
    for (const port of stack.ports) expect(await portIsOpen(port)).toBe(false);
    stack = await startStack({ dataDir, env: CURATION });
    expect(stack.output()).toContain('already loaded');
    const { data } = await graphql<{ documents: { totalCount: number } }>(stack.url, '{ documents { totalCount } }');
    expect(data!.documents.totalCount).toBe(4);
  }, 180_000);
});

describe('npm start with a port already taken', () => {
  it('exits non-zero naming the port, leaving no process behind', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const stack = await startStack({ env: { GATEWAY_PORT: String(taken) }, expectFailure: true });
      const code = await stack.stop();
      expect(code).not.toBe(0);
      expect(stack.output()).toContain(`Port ${taken}`);
      for (const port of stack.ports.filter((p) => p !== taken)) expect(await portIsOpen(port)).toBe(false);
    } finally {
      blocker.close();
    }
  }, 180_000);
});
