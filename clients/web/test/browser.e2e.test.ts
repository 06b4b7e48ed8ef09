// The example app in a real browser: Debian's Chromium driven by playwright-core, against the
// real stack (embedded database, subgraphs, seed documents, gateway) started like `npm start`.
// The gateway runs with PERSISTED_OPERATIONS=only and the client's manifest, so every journey
// also proves that the app sends only its persisted operations.
//
// Every asserted value is read from the seed documents (seeds/*.txt): CEB/2013/6 (report of
// HLCP's twenty-sixth session) and CEB/2013/2 (summary of conclusions of CEB's second regular
// session of 2013). A screenshot of each page goes to test-artifacts/web/.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, httpOk, launch, type ManagedProcess, type Stack, startStack, waitUntil } from '@igc/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, run, WEB } from './helpers.js';

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
const ARTIFACTS = join(ROOT, 'test-artifacts/web');
const MANIFEST = join(WEB, 'src/gql/persisted-documents.json');

const HLCP_26 = 'Twenty-sixth session of the High-level Committee on Programmes';
const CEB_2013_2 = 'Second regular session of 2013 of the United Nations System Chief Executives Board for Coordination';
const CYBER_FRAMEWORK = 'United Nations-wide framework on cybersecurity and cybercrime';

describe('example web app in Chromium, against the real gateway and seed data', () => {
  let stack: Stack | undefined;
  let preview: ManagedProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    const outDir = mkdtempSync(join(tmpdir(), 'web-build-'));
    const build = run(`${BIN}vite`, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: WEB });
    expect(build.code, build.output).toBe(0);

    stack = await startStack({ env: { PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: MANIFEST } });

    // `vite preview` serves the build and proxies /graphql to the gateway, like `npm run web` does.
    const port = await freePort();
    preview = launch({
      name: 'vite preview',
      script: `${BIN}vite`,
      args: ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
      cwd: WEB,
      env: { ...process.env, GATEWAY_URL: stack.url },
    });
    base = `http://127.0.0.1:${port}`;
    await waitUntil('vite preview', httpOk(`${base}/sessions`), { timeoutMs: 30_000, process: preview.child });

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    await stack?.stop();
  });

  const shot = (name: string, fullPage = true) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
  const heading = async () => (await page.locator('h1').first().innerText()).trim();
  const visible = (selector: string) => page.locator(selector).first().waitFor({ state: 'visible' });

  it('sessions list: filters from the form and from a shared URL', async () => {
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/sessions`);
    await visible('table.sessions');
    expect(await heading()).toBe('Sessions');
    const all = Number((await page.getByTestId('session-count').innerText()).split(' ')[0]);
    expect(all).toBeGreaterThan(3);

    await page.getByLabel('Body').fill('HLCP');
    await page.getByLabel('Year').fill('2013');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/sessions\?body=HLCP&year=2013$/);
    await visible('tr[data-session-id="hlcp-26"]');
    const row = page.locator('tr[data-session-id="hlcp-26"]');
    expect(await row.innerText()).toContain(HLCP_26);
    expect(await row.innerText()).toContain('17–18 October 2013');
    expect(await row.innerText()).toContain('Geneva, Switzerland');
    const rows = await page.locator('table.sessions tbody tr').allInnerTexts();
    expect(rows.every((text) => text.includes('HLCP'))).toBe(true);
    await shot('sessions');

    // The same filtered list from its URL alone, in a fresh tab.
    const shared = await browser!.newPage();
    await shared.goto(`${base}/sessions?body=CEB&year=2013&status=HELD`);
    await shared.locator('tr[data-session-id="ceb-2013-2"]').waitFor();
    expect(await shared.getByLabel('Body').inputValue()).toBe('CEB');
    expect(await shared.locator('tr[data-session-id="ceb-2013-2"]').innerText()).toContain('25 November 2013');
    expect(await shared.locator('tr[data-session-id="hlcp-26"]').count()).toBe(0);
    await shared.close();
  });

  it('session page: agenda with sub-items, participants by delegation, outcomes with their paragraph', async () => {
    await page.getByRole('link', { name: HLCP_26 }).click();
    await page.waitForURL(`${base}/sessions/hlcp-26`);
    await visible('section[aria-labelledby="agenda"]');
    expect(await heading()).toBe(HLCP_26);
    // CEB/2013/6: "held its twenty-sixth session at the headquarters of ... OHCHR in Geneva on 17 and 18 October 2013"
    expect(await page.getByTestId('session-dates').innerText()).toBe('17–18 October 2013');
    expect(await page.getByTestId('session-place').innerText()).toContain('Geneva, Switzerland');

    // Annex I: item 3 (b) "Cybersecurity and cybercrime" is a sub-item of item 3.
    const subItem = page.locator('[data-agenda-item="hlcp-26/item_3"] [data-agenda-item="hlcp-26/item_3_b"]');
    expect(await subItem.innerText()).toContain('3 (b). Cybersecurity and cybercrime');

    // Annex II: "Chair: Achim Steiner", "Secretary: Phyllis Lee"; the UNODC delegation: Sandeep Chawla, Gillian Murray.
    const officers = await page.locator('ul.officers > li').allInnerTexts();
    expect(officers).toEqual(expect.arrayContaining(['Chair: Achim Steiner', 'Secretary: Phyllis Lee']));
    const unodc = page.locator('section[data-delegation="unodc"]');
    expect(await unodc.locator('h3').innerText()).toContain('United Nations Office on Drugs and Crime');
    expect(await unodc.locator('li').allInnerTexts()).toEqual(expect.arrayContaining(['Sandeep Chawla', 'Gillian Murray']));

    // Paragraph 49: "The Committee endorsed the draft framework, subject to the incorporation of ..."
    const group = page.locator('li.outcome-group[data-paragraph-id="ceb-2013-6/para_49"]');
    const outcome = group.locator('.outcome', { hasText: 'The Committee endorsed the draft framework' });
    expect(await outcome.locator('.badge').innerText()).toBe('Endorsed');
    expect(await group.locator('figcaption').innerText()).toBe('From CEB/2013/6, para. 49');
    expect(await group.locator('blockquote').innerText()).toContain(
      'It requested the United Nations Group on Cybercrime and Cybersecurity to report back',
    );
    await shot('session');

    // The provenance link opens the paragraph in its document (all pages of paragraphs load).
    await group.locator('figcaption a').click();
    await page.waitForURL(`${base}/documents/ceb-2013-6#para_49`);
    const paragraph = page.locator('[id="para_49"]');
    await paragraph.waitFor({ state: 'visible' });
    expect(await paragraph.getAttribute('class')).toContain('targeted');
    expect(await paragraph.innerText()).toMatch(/^49\s*The Committee endorsed the draft framework/);
    expect(await heading()).toBe('CEB/2013/6 Report of the High-level Committee on Programmes on its twenty-sixth session');
    await shot('document-ceb-2013-6', false);
    await page.goBack();
    await page.waitForURL(`${base}/sessions/hlcp-26`);
    await visible('section[data-delegation="unodc"]');
  });

  it('organization page: people with their positions, participations, framework roles', async () => {
    await page.locator('section[data-delegation="unodc"] h3 a').click();
    await page.waitForURL(`${base}/organizations/unodc`);
    await visible('section[aria-labelledby="people"]');
    expect(await heading()).toBe('United Nations Office on Drugs and Crime (UNODC)');
    // CEB/2013/6 para 35: "Mr. Sandeep Chawla, Deputy Executive Director, UNODC";
    // para 45: "Gillian Murray, Chief, Public Affairs and Policy Support Branch, UNODC"
    const people = await page.locator('ul.people > li').allInnerTexts();
    expect(people.some((p) => p.startsWith('Sandeep Chawla, Deputy Executive Director'))).toBe(true);
    expect(people.some((p) => p.startsWith('Gillian Murray, Chief, Public Affairs and Policy Support Branch'))).toBe(true);
    const participations = page.locator('section[aria-labelledby="participations"] tbody tr');
    expect((await participations.allInnerTexts()).filter((r) => r.includes(HLCP_26)).length).toBeGreaterThanOrEqual(2);
    const lead = page.locator('ul.roles > li', { hasText: 'Lead' }).first();
    expect(await lead.innerText()).toContain(CYBER_FRAMEWORK);
    await shot('organization');
  });

  it('framework page: provisions by kind, roles, endorsing sessions', async () => {
    await page.locator('ul.roles > li', { hasText: 'Lead' }).first().getByRole('link', { name: CYBER_FRAMEWORK }).click();
    await page.waitForURL(`${base}/frameworks/un-wide-framework-on-cybersecurity-and-cybercrime`);
    await visible('section[aria-labelledby="provisions"]');
    expect(await heading()).toBe(CYBER_FRAMEWORK);

    // Annex III of CEB/2013/2 and CEB/2013/6: "The first United Nations-wide principle on cybercrime and cybersecurity is that ..."
    const principles = page.locator('section[data-kind="PRINCIPLE"]');
    expect(await principles.locator('h3').innerText()).toMatch(/^Principles \(\d+\)$/);
    expect(await principles.innerText()).toContain(
      'The first United Nations-wide principle on cybercrime and cybersecurity is that cyberincidents ' +
        'should be dealt with in a holistic manner',
    );
    expect(await page.locator('section.provision-kind').count()).toBeGreaterThan(1);

    // "Since its inception, the Group had been co-led by the International Telecommunication Union (ITU) and UNODC."
    const roles = await page.locator('table.roles tbody tr').allInnerTexts();
    expect(roles.some((r) => r.startsWith('ITU\tLead'))).toBe(true);
    expect(roles.some((r) => r.startsWith('UNODC\tLead'))).toBe(true);

    // CEB/2013/2 para 85: "The Board endorsed the United Nations-wide framework on cybersecurity and cybercrime (see annex III)"
    const byCeb = page.locator('ul.endorsements > li[data-session-id="ceb-2013-2"]');
    expect(await byCeb.innerText()).toContain(CEB_2013_2);
    expect(await byCeb.innerText()).toContain('The Board endorsed the United Nations-wide framework on cybersecurity and cybercrime');
    expect(await byCeb.locator('a.source').innerText()).toBe('CEB/2013/2, para. 85');
    expect(await page.locator('ul.endorsements > li[data-session-id="hlcp-26"]').count()).toBe(1);
    await shot('framework');

    // On to the endorsing session.
    await byCeb.getByRole('link', { name: CEB_2013_2 }).click();
    await page.waitForURL(`${base}/sessions/ceb-2013-2`);
    await visible('section[aria-labelledby="agenda"]');
    expect(await heading()).toBe(CEB_2013_2);
    // "held at United Nations Headquarters in New York in the morning of 25 November 2013"
    expect(await page.getByTestId('session-dates').innerText()).toBe('25 November 2013');
    expect(await page.getByTestId('session-place').innerText()).toContain('United Nations Headquarters');
    expect(await page.locator('[data-agenda-item="ceb-2013-2/item_2_a"]').innerText()).toContain(
      '2 (a). High-level Committee on Programmes',
    );
    await shot('session-ceb-2013-2');
  });

  it('search: highlighted hits, rendered as <mark> elements, linking to the paragraph in its document', async () => {
    await page.getByRole('search').first().getByLabel('Search the record').fill('cybersecurity framework');
    await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${base}/search?q=cybersecurity+framework`);
    await visible('ol.hits');
    expect(await page.getByTestId('hit-count').innerText()).toMatch(/^\d+ paragraphs match “cybersecurity framework”$/);
    // CEB/2013/2 para 9: "... the Committee had finalized for the endorsement of CEB
    // a United Nations-wide framework on cybersecurity and cybercrime."
    const hit = page.locator('li.hit[data-paragraph-id="ceb-2013-2/para_9"]');
    const marks = await hit.locator('mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['framework', 'cybersecurity']));
    expect(await page.locator('ol.hits').innerText()).not.toContain('<mark>');
    expect(await hit.locator('a.hit-link').innerText()).toBe('CEB/2013/2, para. 9');
    await shot('search');

    await hit.locator('a.hit-link').click();
    await page.waitForURL(`${base}/documents/ceb-2013-2#para_9`);
    const paragraph = page.locator('[id="para_9"]');
    await paragraph.waitFor({ state: 'visible' });
    expect(await paragraph.getAttribute('class')).toContain('targeted');
    expect(await paragraph.innerText()).toContain(
      'the Committee had finalized for the endorsement of CEB a United Nations-wide framework on cybersecurity and cybercrime',
    );
    expect(await heading()).toContain('CEB/2013/2');
    await shot('document', false); // the viewport, scrolled to the linked paragraph
  });

  it('loading, not-found and error states', async () => {
    await page.goto(`${base}/sessions/no-such-session`);
    await visible('[role="alert"]');
    expect(await page.locator('[role="alert"]').innerText()).toContain('Not found.');
    await shot('not-found');

    // The API cannot be reached: the page says so instead of staying blank.
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${base}/frameworks`);
    await visible('[role="alert"]');
    expect(await page.locator('[role="alert"]').innerText()).toMatch(/Could not load this page\.[\s\S]*cannot be reached/);
    await shot('error');
    await page.unroute('**/graphql');

    // While the answer is on its way, a loading state shows.
    let release = () => {};
    await page.route('**/graphql', async (route) => {
      await new Promise<void>((r) => (release = r));
      await route.continue();
    });
    await page.goto(`${base}/frameworks`);
    await visible('[role="status"]');
    expect(await page.locator('[role="status"]').innerText()).toBe('Loading frameworks…');
    release();
    await visible('ul.frameworks');
    await page.unroute('**/graphql');
    expect(await page.locator('ul.frameworks').innerText()).toContain(CYBER_FRAMEWORK);
  });

  it('a highlight is rendered as text with <mark> elements only: markup in it never becomes HTML', async () => {
    // A crafted answer stands in for a source document that contains markup.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName !== 'Search') return route.continue();
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: {
            search: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              nodes: [
                {
                  score: 1,
                  highlight:
                    '<img src=x onerror="window.__injected = 1"> the <mark>framework</mark> <script>window.__injected = 2</script>',
                  paragraph: {
                    id: 'ceb-2013-2/para_9',
                    number: 9,
                    sectionPath: [],
                    document: { id: 'ceb-2013-2', symbol: 'CEB/2013/2', title: 'Summary of conclusions' },
                  },
                },
              ],
            },
          },
        }),
      });
    });
    await page.goto(`${base}/search?q=framework`);
    await visible('li.hit');
    const excerpt = page.locator('li.hit .excerpt');
    expect(await excerpt.innerText()).toBe(
      '<img src=x onerror="window.__injected = 1"> the framework <script>window.__injected = 2</script>',
    );
    expect(await excerpt.locator('mark').allInnerTexts()).toEqual(['framework']);
    expect(await excerpt.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    await page.unroute('**/graphql');
  });

  it('the gateway ran in persisted-operations-only mode: the app sent nothing else', async () => {
    const response = await fetch(stack!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sessions(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
    expect(body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(pageErrors).toEqual([]);
  });
});
