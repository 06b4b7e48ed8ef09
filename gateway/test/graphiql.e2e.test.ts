import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { graphql } from '@igc/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './contract-path.js';
import { startSeededGateway, type SeededGateway } from './seeded-gateway.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const QUERY = 'query FirstSessions {\n  sessions(first: 3) {\n    totalCount\n    nodes { id title }\n  }\n}';

describe('GraphiQL at /graphiql, offline in Chromium', () => {
  let stack: SeededGateway;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    stack = await startSeededGateway('pglite');
    origin = new URL(stack.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('opens ?query=, runs it and shows the data, with every request leaving localhost blocked', async () => {
    const expected = await graphql<{ sessions: { totalCount: number; nodes: { id: string; title: string }[] } }>(stack.url, QUERY);
    const context = await browser.newContext();
    const blocked: string[] = [];
    const local: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') {
        local.push(url.pathname);
        return route.continue();
      }
      blocked.push(url.toString());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/graphiql?query=${encodeURIComponent(QUERY)}`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(await page.locator('.graphiql-query-editor .CodeMirror-code').innerText()).toContain('sessions(first: 3)');
    await page.locator('button.graphiql-execute-button').click();
    const result = page.locator('.result-window .CodeMirror-code');
    const first = expected.data!.sessions.nodes[0]!;
    await expect.poll(() => result.innerText(), { timeout: 20_000 }).toContain(first.title);
    expect(await result.innerText()).toContain(`"totalCount": ${expected.data!.sessions.totalCount}`);
    // The explorer plugin and the README's example operations, one tab each, come with it.
    await expect
      .poll(() => page.locator('.graphiql-tab').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('FirstSessions'), expect.stringContaining('SessionJourney')]));
    await page.locator('button[aria-label="Show GraphiQL Explorer"]').click();
    await page.locator('.graphiql-explorer-root, .docExplorerWrap').first().waitFor();
    mkdirSync(join(ROOT, 'test-artifacts/graphiql'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts/graphiql/offline.png') });
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(local).toContain('/graphql');
    await context.close();
  });

  it('is linked from the Sandbox landing page, which cannot load offline', async () => {
    const context = await browser.newContext();
    const isLocal = (url: string) => ['localhost', '127.0.0.1'].includes(new URL(url).hostname);
    await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('internetdisconnected')));
    const page = await context.newPage();
    await page.goto(stack.url);
    await expect.poll(() => page.locator('.fallback').innerText()).toContain('Apollo Sandbox cannot be loaded');
    await page.locator('#graphiql-link').click();
    await page.waitForURL(`${origin}/graphiql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(await page.locator('.graphiql-tab').first().innerText()).toContain('SessionJourney');
    await context.close();
  });

  it('is off in production (404), and on again with INTROSPECTION=true', async () => {
    // A production gateway signs its subgraph calls and will not start without the secret.
    const PRODUCTION = { NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: 'graphiql-test-signing-secret-0123456789' };
    const production = await stack.startGateway(PRODUCTION);
    expect((await fetch(new URL('/graphiql', production.url))).status).toBe(404);
    const introspection = await stack.startGateway({ ...PRODUCTION, INTROSPECTION: 'true' });
    const page = await fetch(new URL('/graphiql?query=%7B__typename%7D', introspection.url));
    expect(page.status).toBe(200);
    const asset = /src="(\/graphiql\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect((await fetch(new URL(asset!, introspection.url))).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(new URL('/graphiql/assets/..%2F..%2Fpackage.json', introspection.url))).status).toBe(404);
  });
});
