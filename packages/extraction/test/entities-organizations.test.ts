import { describe, expect, test } from 'vitest';
import { seedGazetteer } from './seed-files.js';
import { readFileSync } from 'node:fs';
import { createOrganizationResolver, normalizeKey } from '../src/entities/index.js';

const gazetteer = seedGazetteer();
const seed = (f: string) => readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), 'utf8');

describe('gazetteer', () => {
  test('stable ids used by other engineers exist with the right kind and parent', () => {
    const byId = new Map(gazetteer.organizations.map((o) => [o.id, o]));
    expect(byId.get('hlcp')).toMatchObject({ name: 'High-level Committee on Programmes', kind: 'COORDINATION_BODY', parent: 'ceb' });
    expect(byId.get('ceb')).toMatchObject({ acronym: 'CEB', kind: 'COORDINATION_BODY', parent: null });
    expect(byId.get('general-assembly')).toMatchObject({ kind: 'PRINCIPAL_ORGAN', acronym: null });
    expect(byId.get('security-council')).toMatchObject({ kind: 'PRINCIPAL_ORGAN' });
    expect(byId.get('ohchr')).toMatchObject({ kind: 'SECRETARIAT_OFFICE', acronym: 'OHCHR' });
    expect(byId.get('un-women')).toMatchObject({ acronym: 'UN-Women', kind: 'UN_SYSTEM_ENTITY' });
    expect(byId.get('au')).toMatchObject({ name: 'African Union', kind: 'REGIONAL_ORGANIZATION' });
  });
  test('every entry has a source listed in the top-level sources, and no alias is ambiguous', () => {
    const urls = new Set(gazetteer.sources.map((s) => s.url));
    for (const o of gazetteer.organizations) expect(urls.has(o.source), o.id).toBe(true);
    for (const u of urls) expect(u).toMatch(/^https?:\/\/\S+$/);
    expect(createOrganizationResolver(gazetteer).ambiguousKeys()).toEqual([]);
    expect(gazetteer.organizations.length).toBe(147);
  });
  test('the 31 CEB member organizations, as the CEB lists them, resolve to 31 distinct ids', () => {
    const r = createOrganizationResolver(gazetteer);
    const members = [
      'UN',
      'ILO',
      'FAO',
      'UNESCO',
      'ICAO',
      'WHO',
      'WBG',
      'IMF',
      'UPU',
      'ITU',
      'WMO',
      'IMO',
      'WIPO',
      'IFAD',
      'UNIDO',
      'UNWTO',
      'IAEA',
      'WTO',
      'IOM',
      'UNCTAD',
      'UNDP',
      'UNEP',
      'UNHCR',
      'UNRWA',
      'UNICEF',
      'UNFPA',
      'WFP',
      'UNODC',
      'UN HABITAT',
      'UN Women',
      'UNOPS',
    ];
    const ids = members.map((m) => r.resolve(m));
    expect(ids).not.toContain(null);
    expect(new Set(ids).size).toBe(31);
  });
  test('all 26 regional and other organizations of the SG report (002) resolve', () => {
    const r = createOrganizationResolver(gazetteer);
    const titles = seed('002_0e4775ef41d0f159.txt')
      .split('\n')
      .map((l) => /^Cooperation between the United Nations and (?:the )?(.+?)(?: \([A-Z]+\))?$/.exec(l.trim())?.[1])
      .filter((x): x is string => x !== undefined && !x.startsWith('regional and other organizations'));
    expect(titles).toHaveLength(26);
    const ids = new Set(titles.map((t) => r.resolve(t)));
    expect(titles.filter((t) => r.resolve(t) === null)).toEqual([]);
    expect(ids.size).toBe(26);
  });
});

describe('organization resolver', () => {
  test('UN-Women in all its spellings resolves to one id', () => {
    const r = createOrganizationResolver(gazetteer);
    expect(r.resolve('UN-Women')).toBe('un-women');
    expect(r.resolve('UN Women')).toBe('un-women');
    expect(r.resolve('United Nations Entity for Gender Equality and the Empowerment of Women')).toBe('un-women');
    expect(r.resolve('  the united nations entity for gender equality and the empowerment of women ')).toBe('un-women');
  });
  test('case, accents, punctuation and a leading "the" do not matter', () => {
    const r = createOrganizationResolver(gazetteer);
    expect(r.resolve('Office of the United Nations High Commissioner for Human Rights')).toBe('ohchr');
    expect(r.resolve('the Office of the United Nations High Commissioner for Human Rights')).toBe('ohchr');
    expect(r.resolve('OFFICE OF THE UNITED NATIONS HIGH COMMISSIONER FOR HUMAN RIGHTS')).toBe('ohchr');
    expect(r.resolve('United Nations Children’s Fund')).toBe('unicef');
    expect(r.resolve('United Nations Educational Scientific and Cultural Organization')).toBe('unesco');
    expect(r.resolve('Organisation of Islamic Cooperation')).toBe('oic');
    expect(r.resolve('Comunidade dos Paises de Lingua Portuguesa')).toBe('cplp');
    expect(r.resolve('High-level Committee on Programmes')).toBe('hlcp');
    expect(normalizeKey('The UN-Women')).toBe('un women');
  });
  test('unknown names resolve to null', () => {
    const r = createOrganizationResolver(gazetteer);
    expect(r.resolve('Ministry of Silly Walks')).toBeNull();
    expect(r.resolve('Center on International Cooperation')).toBeNull();
    expect(r.resolve('')).toBeNull();
  });
  test('findMentions: longest match first, no overlap, acronyms case-sensitive whole words', () => {
    const r = createOrganizationResolver(gazetteer);
    const text =
      'The Food and Agriculture Organization of the United Nations (FAO) and UN-Water met the undp team, not UNDP staff; the who, WHO.';
    const ms = r.findMentions(text);
    expect(ms.map((m) => [m.organizationId, m.alias])).toEqual([
      ['fao', 'Food and Agriculture Organization of the United Nations'],
      ['fao', 'FAO'],
      ['un-water', 'UN-Water'],
      ['undp', 'UNDP'],
      ['who', 'WHO'],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.alias);
  });
  test('findMentions across a line break inside a long name (003, para 10)', () => {
    const r = createOrganizationResolver(gazetteer);
    const t = seed('003_e02e6b476dbf9342.txt');
    const from = t.indexOf('number of recommendations related to system-wide support');
    const ms = r.findMentions(t.slice(from, from + 400));
    expect(ms.map((m) => m.organizationId)).toContain('un-ohrlls');
  });
  test('"Security Council" is not found inside "African Union Peace and Security Council" (002, para 16)', () => {
    const r = createOrganizationResolver(gazetteer);
    const ms = r.findMentions('my Special Representative briefed the African Union Peace and Security Council in an open session');
    expect(ms.map((m) => m.organizationId)).toEqual(['au-psc']);
  });
  test('"UN" is not matched inside an unknown UN-prefixed name', () => {
    const r = createOrganizationResolver(gazetteer);
    expect(r.findMentions('UN-Foo briefed the UN.').map((m) => m.alias)).toEqual(['UN']);
  });
  test('learnDefinitions: acronym defined for a known name, a new alias, a new organization', () => {
    const r = createOrganizationResolver(gazetteer);
    // 003 para 53 prints "World Tourism Agency (UNWTO)": UNWTO is known, the name is a new alias.
    const t3 = seed('003_e02e6b476dbf9342.txt');
    const d3 = r.learnDefinitions(t3, { documentId: '003', paragraphId: 'p53' });
    const wta = d3.find((d) => d.acronym === 'UNWTO');
    expect(wta).toMatchObject({
      organizationId: 'unwto',
      name: 'World Tourism Agency',
      created: false,
      newAliases: ['World Tourism Agency'],
    });
    expect(r.resolve('World Tourism Agency')).toBe('unwto');
    expect(r.get('unwto')!.aliases).toContainEqual({ alias: 'World Tourism Agency', rule: 'acronym defined in text', paragraphId: 'p53' });
    // 001 defines CIC, not in the gazetteer: created as OTHER.
    const d1 = r.learnDefinitions(seed('001_8d7b134e30c2369d.txt'), { documentId: '001', paragraphId: 'p1' });
    expect(d1).toHaveLength(1);
    expect(d1[0]).toMatchObject({ organizationId: 'cic', name: 'Center on International Cooperation', created: true });
    expect(r.resolve('CIC')).toBe('cic');
    expect(r.get('cic')).toMatchObject({ kind: 'OTHER', acronym: 'CIC' });
    expect(r.findMentions('CIC conducted a survey').map((m) => m.organizationId)).toEqual(['cic']);
    // 002: "the Interstate Statistical Committee of the CIS (CISSTAT)" must not make CISSTAT an alias of CIS.
    const d2 = r.learnDefinitions(seed('002_0e4775ef41d0f159.txt'), { documentId: '002', paragraphId: null });
    expect(r.resolve('CISSTAT')).toBeNull();
    expect(d2.find((d) => d.acronym === 'MINUSCA')).toMatchObject({
      name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
      created: true,
    });
    // The one kind rule for new organizations: a "United Nations ... Mission/Office" is a Secretariat office.
    expect(r.get('minusca')).toMatchObject({ kind: 'SECRETARIAT_OFFICE', parentId: 'united-nations-secretariat' });
  });
  test('an acronym learned for a known name; lower-case phrases define nothing', () => {
    const r = createOrganizationResolver(gazetteer);
    const d = r.learnDefinitions(
      'In 2019, the Office of Counter-Terrorism (OCTX) and the coronavirus (COVID-19) pandemic, the responsibility to protect (R2P).',
      { documentId: 'x', paragraphId: 'x/1' },
    );
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ organizationId: 'unoct', newAliases: ['OCTX'] });
    expect(r.resolve('OCTX')).toBe('unoct');
  });
  test('usedOrganizations lists only what was seen, with alias evidence', () => {
    const r = createOrganizationResolver(gazetteer);
    r.recordMentions('UNDP and the United Nations Development Programme', 'doc/para_1');
    const used = r.usedOrganizations();
    expect(used.map((o) => o.id)).toEqual(['undp']);
    expect(used[0]!.aliases).toEqual([
      { alias: 'UNDP', rule: 'gazetteer', paragraphId: 'doc/para_1' },
      { alias: 'United Nations Development Programme', rule: 'gazetteer', paragraphId: 'doc/para_1' },
    ]);
  });
});
