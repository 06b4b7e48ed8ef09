import { describe, expect, it } from 'vitest';
import { extractFrameworks, mergeFrameworks, type FrameworkExtraction } from '../src/frameworks/index.js';
import { countByKind, docFromText, excerpt, findOrganizations, readSeed } from './frameworks-helpers.js';

const CYBER = 'un-wide-framework-on-cybersecurity-and-cybercrime';
const s000 = readSeed('000');
const s003 = readSeed('003');
const r000 = extractFrameworks(docFromText(s000.text, 'ceb-2013-6', '2013-11-11', s000.fileName), { findOrganizations, bodyId: 'hlcp' });
const r003 = extractFrameworks(docFromText(s003.text, 'ceb-2013-2', null, s003.fileName), { findOrganizations, bodyId: 'ceb' });

function cyber(list: FrameworkExtraction[]): FrameworkExtraction {
  const f = list.find((x) => x.id === CYBER);
  if (!f) throw new Error('cybersecurity framework not found');
  return f;
}

function provision(f: FrameworkExtraction, label: string, kind?: string) {
  const p = f.provisions.find((x) => x.label === label && (kind === undefined || x.kind === kind));
  if (!p) throw new Error(`no provision ${label}`);
  return p;
}

// Counted by hand from 000 annex III (lines 538-756):
//  PURPOSE: para 1 ("The purpose of the present document is ...") + 3 (a)-(g) = 8
//  DEFINITION: paras 5, 6, 7 (section I) = 3;  OBJECTIVE: the 5 bullets of para 6 ("security objectives")
//  PRINCIPLE: paras 14-20 (section III) = 7
//  ASSISTANCE_AREA: headings A-E of section IV = 5
//  MEASURE: A 21-24 (4), B 25-29 + 4 bullets of 30 (9), C 31-38 (8), D 39, 40(a)-(d), 41, 42, 43, 43(a)-(c) (11),
//           E 44-48 + 3 bullets of 49 (8), V 50-55 + 4 bullets of 53 (10) = 50
//  OTHER: 2, 4, the one-line lead-ins 3, 30, 40, 49, and section II (8-12, 12(a)-(i), 13 = 15) = 21
// Provisions are the listed items: the introduction and the lists' lead-ins are none (7 purposes, not 8).
const HAND_COUNTS = { PURPOSE: 7, DEFINITION: 3, OBJECTIVE: 5, PRINCIPLE: 7, ASSISTANCE_AREA: 5, MEASURE: 50, OTHER: 15 };

describe('United Nations-wide framework on cybersecurity and cybercrime (CEB/2013/6 annex III)', () => {
  const f = cyber(r000.frameworks);

  it('is one framework with a clean title, id, date and issuer', () => {
    expect(r000.frameworks.filter((x) => x.kind === 'FRAMEWORK')).toHaveLength(1);
    expect(f.title).toBe('United Nations-wide framework on cybersecurity and cybercrime');
    expect(f.kind).toBe('FRAMEWORK');
    expect(f.date).toBe('2013-11-11');
    expect(f.issuedById).toBe('hlcp');
    expect(f.sourceDocumentIds).toEqual(['ceb-2013-6']);
    expect(f.authorName).toBeNull();
  });

  it('has the provisions counted by hand, by kind', () => {
    expect(countByKind(f)).toEqual(HAND_COUNTS);
    expect(f.provisions).toHaveLength(92);
  });

  it('orders provisions: positions 0..n-1, ordinals 1-based within kind, unique ids', () => {
    expect(f.provisions.map((p) => p.position)).toEqual(f.provisions.map((_, i) => i));
    expect(new Set(f.provisions.map((p) => p.id)).size).toBe(f.provisions.length);
    expect(f.provisions[0]).toMatchObject({ label: '(a)', kind: 'PURPOSE', ordinal: 1, position: 0 });
    const principles = f.provisions.filter((p) => p.kind === 'PRINCIPLE');
    expect(principles.map((p) => p.label)).toEqual(['14', '15', '16', '17', '18', '19', '20']);
    expect(principles.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(principles[2]!.text.startsWith('The third principle is that all cybercrime and cybersecurity-related programming')).toBe(true);
  });

  it('gives the assistance areas their printed letters and headings', () => {
    const areas = f.provisions.filter((p) => p.kind === 'ASSISTANCE_AREA');
    expect(areas.map((p) => [p.label, p.title])).toEqual([
      ['A', 'Legal measures'],
      ['B', 'Policy and strategy measures'],
      ['C', 'Technical measures'],
      ['D', 'Capacity-building'],
      ['E', 'Cooperation among stakeholders'],
    ]);
    // The area comes right before its first measure.
    const a = f.provisions.findIndex((p) => p.label === 'A' && p.kind === 'ASSISTANCE_AREA');
    expect(f.provisions[a + 1]).toMatchObject({ label: '21', kind: 'MEASURE', ordinal: 1 });
  });

  it('types list items from their lead-in and keeps printed labels', () => {
    const purposes = f.provisions.filter((p) => p.kind === 'PURPOSE');
    expect(purposes.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']);
    expect(purposes[6]!.text.startsWith('To develop subsidiary specialized frameworks')).toBe(true);
    expect(f.provisions.filter((p) => p.kind === 'OBJECTIVE').map((p) => [p.label, p.text])).toEqual([
      [null, 'Availability'],
      [null, 'Integrity, which may include authenticity and non-repudiation'],
      [null, 'Confidentiality'],
      [null, 'Resilience'],
      [null, 'Incident prevention'],
    ]);
    // The introduction (1-4), with its lead-in "The purpose of the framework is:", provides nothing.
    expect(f.provisions.filter((p) => ['1', '2', '3', '4'].includes(p.label ?? ''))).toEqual([]);
    expect(provision(f, '43').kind).toBe('MEASURE');
  });

  it('records provenance and the organizations each provision names', () => {
    const p21 = provision(f, '21');
    expect(p21.provenance).toEqual({ documentId: 'ceb-2013-6', paragraphId: 'ceb-2013-6/annex_3/para_21', line: 638 });
    expect(provision(f, '10').organizationIds).toEqual(['unodc', 'itu']);
    expect(provision(f, '9').organizationIds).toEqual(['itu']);
    // The footnote printed between purposes (b) and (c) belongs to neither.
    const purposes = f.provisions.filter((p) => p.kind === 'PURPOSE');
    expect(purposes[1]!.text).not.toContain('^a');
    expect(purposes.some((p) => p.text.includes('special interest group'))).toBe(false);
  });

  it('gives ITU and UNODC their mandate and lead roles, quoting the source', () => {
    const roles = (org: string) => f.roles.filter((r) => r.organizationId === org);
    const itu = roles('itu');
    expect(itu.map((r) => r.role).sort()).toEqual(['LEAD', 'MANDATE_HOLDER']);
    const ituMandate = itu.find((r) => r.role === 'MANDATE_HOLDER')!;
    expect(ituMandate.description).toBe('ITU is the specialized agency for ICT.');
    expect(ituMandate.provenance).toEqual({ documentId: 'ceb-2013-6', paragraphId: 'ceb-2013-6/annex_3/para_9', line: 588 });
    const ituLead = itu.find((r) => r.role === 'LEAD')!;
    expect(ituLead.description).toBe(
      'Since its inception, the Group had been co-led by the International Telecommunication Union (ITU) and UNODC.',
    );
    expect(ituLead.provenance.line).toBe(146);
    const unodc = roles('unodc');
    expect(unodc.map((r) => r.role).sort()).toEqual(['LEAD', 'MANDATE_HOLDER']);
    expect(unodc.find((r) => r.role === 'MANDATE_HOLDER')!.description).toMatch(
      /^The United Nations Office on Drugs and Crime \(UNODC\) is the lead entity within the United Nations system on drug control/,
    );
  });

  it('has the Committee as issuer and endorser, and only ITU and UNODC as leads', () => {
    expect(f.roles[0]).toMatchObject({ organizationId: 'hlcp', role: 'ISSUER' });
    const endorser = f.roles.find((r) => r.role === 'ENDORSER')!;
    expect(endorser.organizationId).toBe('hlcp');
    expect(endorser.provenance.line).toBe(162);
    expect(endorser.description).toMatch(/^The Committee endorsed the draft framework/);
    expect(
      f.roles
        .filter((r) => r.role === 'LEAD')
        .map((r) => r.organizationId)
        .sort(),
    ).toEqual(['itu', 'unodc']);
    const mandates = f.roles.filter((r) => r.role === 'MANDATE_HOLDER').map((r) => r.organizationId);
    expect(mandates).toEqual(['unodc', 'itu', 'escwa', 'wfp', 'iaea', 'unhcr', 'ohchr', 'unicef', 'undp', 'unctad']);
  });
});

describe('the same framework in the CEB summary of conclusions (CEB/2013/2 annex III)', () => {
  const f = cyber(r003.frameworks);

  it('reads through page furniture and wrapped lines to the same provisions', () => {
    expect(f.title).toBe('United Nations-wide framework on cybersecurity and cybercrime');
    expect(countByKind(f)).toEqual(HAND_COUNTS);
    const p23 = provision(f, '23');
    expect(p23.text).toContain(
      'United Nations entities should share and benchmark existing comprehensive and holistic legislative frameworks',
    );
    expect(p23.text).not.toMatch(/14-20568|30\/36|CEB\/2013\/2/);
    expect(provision(f, '21').provenance).toEqual({ documentId: 'ceb-2013-2', paragraphId: 'ceb-2013-2/annex_3/para_21', line: 1499 });
  });

  it('has the Board as endorser and the working group leads from paragraph 9, not a speaker claim', () => {
    expect(f.date).toBeNull();
    const endorser = f.roles.find((r) => r.role === 'ENDORSER')!;
    expect(endorser).toMatchObject({ organizationId: 'ceb', provenance: { line: 874 } });
    const leads = f.roles.filter((r) => r.role === 'LEAD');
    expect(leads.map((r) => r.organizationId)).toEqual(['unodc', 'itu']);
    expect(leads[0]!.provenance.line).toBe(94);
    // Paragraph 67 has a speaker call the programme policy framework "led by ITU, UNDP and UNODC".
    expect(f.roles.some((r) => r.organizationId === 'undp' && r.role === 'LEAD')).toBe(false);
  });
});

describe('mergeFrameworks', () => {
  it('merges the framework found in both documents into one with both sources and no duplicated provisions', () => {
    const merged = mergeFrameworks([...r000.frameworks, ...r003.frameworks]);
    expect(merged).toHaveLength(r000.frameworks.length + r003.frameworks.length - 1);
    const f = cyber(merged);
    expect(f.sourceDocumentIds).toEqual(['ceb-2013-6', 'ceb-2013-2']);
    expect(f.provisions).toHaveLength(92);
    expect(f.issuedById).toBe('hlcp');
    expect(f.date).toBe('2013-11-11');
    expect(f.roles.filter((r) => r.role === 'ISSUER').map((r) => r.organizationId)).toEqual(['hlcp']);
    expect(f.roles.filter((r) => r.role === 'ENDORSER').map((r) => r.organizationId)).toEqual(['hlcp', 'ceb']);
    const p21 = provision(f, '21');
    expect(p21.provenance.documentId).toBe('ceb-2013-6');
    expect(p21.alsoIn).toEqual([{ documentId: 'ceb-2013-2', paragraphId: 'ceb-2013-2/annex_3/para_21', line: 1499 }]);
    expect(f.sources.map((s) => [s.documentId, s.annex, s.provisionCount])).toEqual([
      ['ceb-2013-6', 'annex_3', 92],
      ['ceb-2013-2', 'annex_3', 92],
    ]);
  });

  it('keeps the fuller version whatever the order, and the earliest issuer', () => {
    // 003 annex III cut off in the middle of section IV (before "B. Policy and strategy measures").
    const partial003 = extractFrameworks(docFromText(excerpt(s003.text, 1137, 1530), 'ceb-2013-2', '2014-01-10', s003.fileName), {
      findOrganizations,
      bodyId: 'ceb',
    });
    const short = cyber(partial003.frameworks);
    expect(short.provisions.length).toBeLessThan(92);
    for (const order of [
      [short, cyber(r000.frameworks)],
      [cyber(r000.frameworks), short],
    ]) {
      const [m] = mergeFrameworks(order);
      expect(m!.provisions).toHaveLength(92);
      expect(m!.provisions[0]!.provenance.documentId).toBe('ceb-2013-6');
      expect(m!.issuedById).toBe('hlcp');
      expect(m!.sourceDocumentIds).toEqual(['ceb-2013-6', 'ceb-2013-2']);
    }
    // When the later document holds the fuller text, its provisions win; the issuer stays the earliest.
    const partial000 = extractFrameworks(docFromText(excerpt(s000.text, 538, 640), 'ceb-2013-6', '2013-11-11', s000.fileName), {
      findOrganizations,
      bodyId: 'hlcp',
    });
    const full003 = {
      ...cyber(r003.frameworks),
      sources: cyber(r003.frameworks).sources.map((s) => ({ ...s, documentDate: '2014-01-10' })),
    };
    const [m] = mergeFrameworks([cyber(partial000.frameworks), full003]);
    expect(m!.provisions).toHaveLength(92);
    expect(m!.provisions[0]!.provenance.documentId).toBe('ceb-2013-2');
    expect(m!.provisions[0]!.alsoIn[0]!.documentId).toBe('ceb-2013-6');
    expect(m!.issuedById).toBe('hlcp');
  });

  it('returns frameworks found once unchanged', () => {
    expect(mergeFrameworks(r000.frameworks)).toEqual(r000.frameworks);
  });
});

describe('extractCorpusFrameworks', () => {
  it('extracts and merges both documents in one call', async () => {
    const { extractCorpusFrameworks } = await import('../src/frameworks/index.js');
    const r = extractCorpusFrameworks(
      [
        { doc: docFromText(s003.text, 'ceb-2013-2', null, s003.fileName), bodyId: 'ceb' },
        { doc: docFromText(s000.text, 'ceb-2013-6', '2013-11-11', s000.fileName), bodyId: 'hlcp' },
      ],
      findOrganizations,
    );
    expect(r.frameworks.map((f) => f.kind)).toEqual(['STATEMENT', 'STATEMENT', 'FRAMEWORK', 'RECOMMENDATIONS']);
    const f = cyber(r.frameworks);
    // Dated 000 is the earliest source even though it was given second.
    expect(f.sourceDocumentIds).toEqual(['ceb-2013-6', 'ceb-2013-2']);
    expect(f.issuedById).toBe('hlcp');
    expect(r.unplaced.map((u) => u.line)).toEqual([228]);
  });
});
