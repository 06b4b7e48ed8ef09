import type { Draft } from './types.js';
import { capitalize, iso, MONTHS, ordinalWord, replaceAll, type Random } from './random.js';

/**
 * Seeds 001, 002 and 003: a consultation summary, a Secretary-General report and a summary of
 * conclusions with annexes. Each base states the facts counted by hand; each mutation changes the
 * text and those facts together.
 */

export const CONSULTATION_FILE = '001_8d7b134e30c2369d.txt';
export const SG_REPORT_FILE = '002_0e4775ef41d0f159.txt';
export const SUMMARY_FILE = '003_e02e6b476dbf9342.txt';
const CYBER = 'un-wide-framework-on-cybersecurity-and-cybercrime';

export function consultationBase(text: string): Draft {
  return {
    text,
    mutations: [],
    expected: {
      documentKind: 'MEETING_SUMMARY',
      title: 'Updating the Rules and Infrastructure for Globalization',
      session: { id: 'cic-2015-05-07', number: null, year: 2015, startDate: '2015-05-07', endDate: '2015-05-07', hostId: 'cic' },
      outcomes: 0,
    },
  };
}

const TOPICS = [
  'Financing the Sustainable Development Goals',
  'Reforming Global Economic Governance',
  'Cybersecurity and the Multilateral System',
];
const GATHERINGS = ['an informal consultation', 'a closed-door meeting', 'a high-level dialogue', 'an expert workshop', 'a round table'];
const VERBS = ['hosted', 'convened', 'organized'];

export function mutateConsultation(draft: Draft, random: Random): Draft {
  let { text } = draft;
  const expected = structuredClone(draft.expected);
  const mutations: string[] = [];
  if (random.chance(0.5)) {
    const topic = random.pick(TOPICS);
    text = replaceAll(text, 'Updating the Rules and Infrastructure for Globalization Meeting Summary', `${topic} Meeting Summary`);
    expected.title = topic;
    mutations.push('title rephrased');
  }
  if (random.chance(0.5)) {
    const gathering = random.pick(GATHERINGS);
    const verb = random.pick(VERBS);
    text = replaceAll(text, '(CIC) hosted an informal consultation on', `(CIC) ${verb} ${gathering} on`);
    mutations.push(`opening sentence rephrased (${verb} ${gathering})`);
  }
  if (random.chance(0.7)) {
    const [year, month, day] = [random.int(2010, 2024), random.int(1, 12), random.int(1, 28)];
    const written = random.chance(0.5) ? `${MONTHS[month - 1]} ${day}, ${year}` : `${day} ${MONTHS[month - 1]} ${year}`;
    text = replaceAll(text, 'On May 7, 2015,', `On ${written},`);
    const date = iso(year, month, day);
    Object.assign(expected.session, { id: `cic-${date}`, year, startDate: date, endDate: date });
    mutations.push(`date ${written}`);
  }
  return { text, expected, mutations: [...draft.mutations, ...mutations] };
}

export function sgReportBase(text: string): Draft {
  return {
    text,
    mutations: [],
    expected: {
      documentKind: 'REPORT',
      title: 'Cooperation between the United Nations and regional and other organizations',
      session: { id: 'general-assembly-75', number: 75 },
      agendaItems: 27,
    },
  };
}

export function mutateSgReport(draft: Draft, random: Random): Draft {
  let { text } = draft;
  const expected = structuredClone(draft.expected);
  const mutations: string[] = [];
  if (random.chance(0.6)) {
    const removed = random.int(1, 8);
    const lines = text.split('\n');
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('').slice(0, 26 - removed);
    const agendaLine = lines.findIndex((l) => l.startsWith('Agenda item 130 (a)'));
    const listed = letters
      .slice(0, -1)
      .map((l) => `(${l})`)
      .join(', ');
    lines[agendaLine] = `Agenda item 130 ${listed} and (${letters.at(-1)}) of the provisional agenda*`;
    const last = lines.findIndex((l) => l.startsWith('Cooperation between the United Nations and the International Fund for Saving'));
    lines.splice(last - removed + 1, removed);
    text = lines.join('\n');
    expected.agendaItems! -= removed;
    mutations.push(`agenda item 130 with ${26 - removed} sub-items`);
  }
  if (random.chance(0.6)) {
    const number = random.int(76, 99);
    text = replaceAll(replaceAll(text, 'Seventy-fifth', capitalize(ordinalWord(number))), 'seventy-fifth', ordinalWord(number));
    Object.assign(expected.session, { id: `general-assembly-${number}`, number });
    mutations.push(`session ${number}`);
  }
  if (random.chance(0.4)) {
    const day = random.int(1, 28);
    text = replaceAll(text, '11 September 2020', `${day} ${random.pick(MONTHS)} 2020`);
    mutations.push('date of issue');
  }
  return { text, expected, mutations: [...draft.mutations, ...mutations] };
}

export function summaryBase(text: string): Draft {
  return {
    text,
    mutations: [],
    expected: {
      documentKind: 'SUMMARY_OF_CONCLUSIONS',
      title: 'Summary of conclusions',
      session: {
        id: 'ceb-2013-2',
        number: 2,
        year: 2013,
        startDate: '2013-11-25',
        endDate: '2013-11-25',
        city: 'New York',
        hostId: 'united-nations',
      },
      agendaItems: 7,
      outcomes: 13,
      provisions: [{ frameworkId: CYBER, kind: 'PURPOSE', count: 7 }],
    },
  };
}

export function mutateSummary(draft: Draft, random: Random): Draft {
  let { text } = draft;
  const expected = structuredClone(draft.expected);
  const session = expected.session;
  const mutations: string[] = [];
  if (random.chance(0.4)) {
    for (const [from, to] of [
      ['1. The second regular session of the United Nations System', '1. The first regular session of the United Nations System'],
      ['outcome of the second regular session of CEB of', 'outcome of the first regular session of CEB of'],
      ['agenda for its second regular session of', 'agenda for its first regular session of'],
    ])
      text = replaceAll(text, from!, to!);
    Object.assign(session, { id: 'ceb-2013-1', number: 1 });
    mutations.push('first regular session');
  }
  if (random.chance(0.4)) {
    const [month, day] = [random.int(1, 12), random.int(1, 28)];
    text = replaceAll(text, 'in the morning of 25 November 2013.', `in the morning of ${day} ${MONTHS[month - 1]} 2013.`);
    Object.assign(session, { startDate: iso(2013, month, day), endDate: iso(2013, month, day) });
    mutations.push(`date ${day} ${MONTHS[month - 1]}`);
  }
  if (random.chance(0.4)) {
    const added = random.int(1, 3);
    const items = ['(d) High-level Committee on Management Task Force.', '(e) Joint Inspection Unit.', '(f) Internal audit services.']
      .slice(0, added)
      .map((item, k) => `  ${k < added - 1 ? item.replace(/\.$/, ';') : item}  `);
    const undg = '  (c) United Nations Development Group';
    text = replaceAll(text, `${undg}.  `, `${undg};  \n\n${items.join('\n\n')}`);
    expected.agendaItems! += added;
    mutations.push(`agenda item 2 with ${3 + added} sub-items`);
  }
  if (random.chance(0.3)) {
    const purposes = [
      '(h) To strengthen the exchange of information among United Nations entities;',
      '(i) To support national cybersecurity strategies.',
    ];
    const added = random.int(1, 2);
    const block = purposes
      .slice(0, added)
      .map((p, k) => ` ${k === added - 1 ? p.replace(/;$/, '.') : p}  `)
      .join('\n\n');
    const last = 'delivery of assistance to Member States on particular cybersecurity and cybercrime \nissues';
    text = replaceAll(text, `${last}.  \n`, `${last};  \n\n${block}\n`);
    expected.provisions![0]!.count += added;
    mutations.push(`${7 + added} purposes`);
  }
  if (random.chance(0.5)) {
    const shift = random.int(1, 10);
    text = text.replace(/\b(19|20)\d{2}\b/g, (year) => String(Number(year) + shift));
    const year = session.year! + shift;
    Object.assign(session, {
      id: `ceb-${year}-${session.number}`,
      year,
      startDate: `${year}${session.startDate!.slice(4)}`,
      endDate: `${year}${session.endDate!.slice(4)}`,
    });
    mutations.push(`years +${shift}`);
  }
  return { text, expected, mutations: [...draft.mutations, ...mutations] };
}
