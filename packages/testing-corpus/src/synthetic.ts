import type {
  Corpus,
  ExtractedDocument,
  ExtractedFramework,
  ExtractedOrganization,
  ExtractedOutcome,
  ExtractedParticipation,
  ExtractedPerson,
  ExtractedSession,
  OutcomeKind,
  ParticipantRole,
  ProvisionKind,
} from '@igc/service-kit';

/**
 * A synthetic corpus with the shapes of the seeds, for load tests and benchmarks: bodies meeting
 * yearly, agendas with sub-items, lists of participants drawn from a pool of people and
 * organizations, outcomes acting on frameworks, citations between documents. Deterministic for
 * a given size. `sessions` ≈ 3 per unit of scale.
 */
export function syntheticCorpus(options: { sessions: number; seed?: number }): Corpus {
  const random = mulberry32(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const bodies = ['hlcp', 'hlcm', 'ceb', 'undg'].map((id) => org(id, `Synthetic body ${id.toUpperCase()}`, 'COORDINATION_BODY'));
  const members = Array.from({ length: 60 }, (_, i) => org(`agency-${i}`, `Synthetic Agency ${i}`, 'UN_SYSTEM_ENTITY'));
  const people: ExtractedPerson[] = Array.from({ length: 400 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i} Synthetic`,
    honorific: i % 2 ? 'Ms.' : 'Mr.',
    aliases: [{ alias: `Person ${i} Synthetic`, rule: 'list of participants', paragraphId: null }],
  }));
  const frameworks: ExtractedFramework[] = [];
  const documents: ExtractedDocument[] = [];
  const sessions: ExtractedSession[] = [];
  const outcomes: ExtractedOutcome[] = [];
  const participations: ExtractedParticipation[] = [];
  const kinds: OutcomeKind[] = ['ENDORSED', 'ADOPTED', 'TOOK_NOTE', 'WELCOMED', 'REQUESTED', 'AGREED'];
  const provisionKinds: ProvisionKind[] = ['PURPOSE', 'PRINCIPLE', 'OBJECTIVE', 'ASSISTANCE_AREA', 'COMMITMENT'];

  for (let n = 0; n < options.sessions; n++) {
    const body = bodies[n % bodies.length]!;
    const number = Math.floor(n / bodies.length) + 1;
    const year = 2000 + (number % 25);
    const sessionId = `${body.id}-syn-${number}`;
    const documentId = `syn-${body.id}-${number}`;
    const provenance = { documentId, paragraphId: null };
    const agenda = Array.from({ length: 5 }, (_, i) => ({
      id: `${sessionId}/item_${i + 1}`,
      sessionId,
      number: i + 1,
      letter: null,
      title: `Agenda item ${i + 1} of ${sessionId}`,
      parentId: null,
      position: i * 10,
      organizationIds: [],
      provenance,
    }));
    const subItems = agenda.slice(0, 2).flatMap((parent) =>
      ['a', 'b'].map((letter, j) => ({
        ...parent,
        id: `${parent.id}_${letter}`,
        letter,
        title: `${parent.title} (${letter})`,
        parentId: parent.id,
        position: parent.position + j + 1,
        organizationIds: [pick(members).id],
      })),
    );
    sessions.push({
      id: sessionId,
      bodyId: body.id,
      number,
      year,
      title: `Session ${number} of ${body.name}`,
      startDate: `${year}-0${(n % 9) + 1}-1${n % 9}`,
      endDate: `${year}-0${(n % 9) + 1}-1${(n % 9) + 1}`,
      venue: 'Synthetic Hall',
      city: pick(['Geneva', 'New York', 'Vienna', 'Rome', 'Nairobi']),
      country: null,
      hostId: pick(members).id,
      status: 'HELD',
      hasRecord: true,
      agenda: [...agenda, ...subItems],
      provenance: [provenance],
    });
    const TOPICS = 'on cooperation, cybersecurity and migration';
    const paragraphs = Array.from({ length: 20 }, (_, i) => ({
      id: `${documentId}/para_${i + 1}`,
      position: i,
      number: i + 1,
      sectionPath: [`${agenda[i % 5]!.title}`],
      text: `The Committee considered item ${(i % 5) + 1} ${TOPICS} with ${pick(members).name}, paragraph ${i + 1}.`,
      line: i * 3 + 1,
      agendaItemId: agenda[i % 5]!.id,
      organizationIds: [pick(members).id],
      personIds: [],
      frameworkIds: [] as string[],
      sessionIds: [sessionId],
    }));
    const framework: ExtractedFramework = {
      id: `framework-${sessionId}`,
      title: `Synthetic framework adopted at ${sessionId}`,
      kind: 'FRAMEWORK',
      date: `${year}-12-01`,
      issuedById: body.id,
      authorId: null,
      sourceDocumentIds: [documentId],
      provisions: Array.from({ length: 8 }, (_, i) => ({
        id: `framework-${sessionId}/provision_${i + 1}`,
        kind: provisionKinds[i % provisionKinds.length]!,
        label: `(${String.fromCharCode(97 + i)})`,
        ordinal: Math.floor(i / provisionKinds.length) + 1,
        position: i,
        title: null,
        text: `Provision ${i + 1} of the framework.`,
        organizationIds: [pick(members).id],
        provenance: { documentId, paragraphId: paragraphs[19]!.id },
      })),
      roles: [
        { organizationId: pick(members).id, role: 'LEAD', description: null, provenance: { documentId, paragraphId: paragraphs[19]!.id } },
      ],
    };
    paragraphs[19]!.frameworkIds = [framework.id];
    frameworks.push(framework);
    outcomes.push(
      ...Array.from({ length: 3 }, (_, i) => ({
        id: `${documentId}/outcome_${i + 1}`,
        kind: kinds[(n + i) % kinds.length]!,
        sessionId,
        agendaItemId: agenda[i]!.id,
        paragraphId: paragraphs[17 + i]!.id,
        documentId,
        text: paragraphs[17 + i]!.text,
        frameworkId: i === 2 ? framework.id : null,
        documentSymbol: null,
      })),
    );
    const roles: ParticipantRole[] = ['CHAIR', 'VICE_CHAIR', 'SECRETARY'];
    for (let i = 0; i < 25; i++) {
      const person = people[(n * 7 + i * 13) % people.length]!;
      const role = roles[i] ?? 'PARTICIPANT';
      participations.push({
        id: `${sessionId}/${person.id}/${role}`,
        sessionId,
        personId: person.id,
        organizationId: i < 3 ? null : members[(n + i) % members.length]!.id,
        role,
        provenance: { documentId, paragraphId: paragraphs[0]!.id },
      });
    }
    documents.push({
      id: documentId,
      symbol: `SYN/${body.id.toUpperCase()}/${number}`,
      symbolInferred: false,
      title: `Report of ${body.name} on session ${number}`,
      kind: 'REPORT',
      date: `${year}-12-01`,
      fileName: `${documentId}.txt`,
      sha256: documentId.padEnd(64, '0').slice(0, 64),
      sessionId,
      paragraphs,
      references: n > 0 ? [{ symbol: documents[n - 1]!.symbol!, paragraphId: paragraphs[1]!.id }] : [],
    });
  }
  return {
    documents,
    sessions,
    outcomes,
    organizations: [...bodies, ...members],
    people,
    affiliations: [],
    participations,
    frameworks,
    unplaced: [],
  };
}

function org(id: string, name: string, kind: ExtractedOrganization['kind']): ExtractedOrganization {
  return { id, name, acronym: id.toUpperCase(), kind, parentId: null, aliases: [{ alias: name, rule: 'synthetic', paragraphId: null }] };
}

/** Small deterministic PRNG (public domain), so a corpus of a given size is always the same. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
