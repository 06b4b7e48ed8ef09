import { slugify } from '@igc/identity';
import type { Draft } from './types.js';
import { capitalize, iso, MONTHS, ordinalWord, replaceAll, type Random } from './random.js';

/**
 * Seed 000: the report of the High-level Committee on Programmes on its twenty-sixth session, with
 * its agenda (annex I), list of participants (annex II) and framework (annex III). Facts counted
 * by hand: 6 agenda items and 11 sub-items, 70 participations (3 officers, 67 delegates), 19
 * outcomes, 7 purposes of the cybersecurity framework.
 */
export const REPORT_FILE = '000_dcaf472a3bcc0594.txt';
const CYBER = 'un-wide-framework-on-cybersecurity-and-cybercrime';
const ORD = '{{ORDINAL}}';

export function reportBase(text: string): Draft {
  return {
    // The session's ordinal is a placeholder until the last step, so other mutations can rephrase around it.
    text: replaceAll(text, 'twenty-sixth session', `${ORD} session`),
    mutations: [],
    expected: {
      documentKind: 'REPORT',
      session: {
        id: 'hlcp-26',
        number: 26,
        year: 2013,
        startDate: '2013-10-17',
        endDate: '2013-10-18',
        city: 'Geneva',
        country: 'Switzerland',
        hostId: 'ohchr',
      },
      agendaItems: 17,
      participations: 70,
      chairId: 'achim-steiner',
      outcomes: 19,
      provisions: [{ frameworkId: CYBER, kind: 'PURPOSE', count: 7 }],
    },
  };
}

const TITLES = [
  (o: string) => `Report of the High-level Committee on Programmes at its ${o} session`,
  (o: string) => `Report of the ${o} session of the High-level Committee on Programmes`,
  (o: string) => `High-level Committee on Programmes: report on its ${o} session`,
];

const CEB = 'the United Nations System Chief Executives Board for Coordination (CEB)';
const OPENINGS = [
  (o: string) => `1. The ${o} session of the High-level Committee on Programmes of ${CEB} was held at the headquarters of`,
  (o: string) => `1. The High-level Committee on Programmes (HLCP) of ${CEB} convened its ${o} session at the headquarters of`,
  (o: string) => `1. The High-level Committee on Programmes met for its ${o} session at the headquarters of`,
];

const CITIES = [
  ['Vienna', 'Austria'],
  ['Rome', 'Italy'],
  ['Paris', 'France'],
  ['Nairobi', 'Kenya'],
] as const;
const HOSTS = [
  ['United Nations Industrial Development Organization', 'UNIDO', 'unido'],
  ['Food and Agriculture Organization of the United Nations', 'FAO', 'fao'],
  ['International Atomic Energy Agency', 'IAEA', 'iaea'],
  ['World Intellectual Property Organization', 'WIPO', 'wipo'],
] as const;
const CHAIRS = ['Helga Lindqvist', 'Tomasz Wieczorek', 'Amara Okonkwo', 'Rafael Domínguez', 'Mei-Ling Chou', 'Kwame Asante'];

/** Delegations printed one line a name: removed whole. */
const REMOVABLE = [
  ['World Bank\n\nDominique Bichara\n\n', 1],
  ['International Monetary Fund\n\nAxel Bertuch-Samuels\n\n', 1],
  ['Regional commissions\n\nAmr Nour\n\n', 1],
  ['International Labour Organization\n\nTelma Viale\n\nAna Teresa Romero\n\n', 2],
  ['United Nations Industrial Development Organization\tSarwar Hobohm\n', 1],
] as const;
const ADDABLE = [
  ['Universal Postal Union', ['Ingrid Solberg', 'Marc Dufresne']],
  ['International Civil Aviation Organization', ['Olusegun Adeyemi']],
  ['United Nations Institute for Training and Research', ['Priya Raman', 'Lukas Brenner', 'Sofia Marquez']],
] as const;

/** The content mutations of this kind, each applied with some chance, in an order that keeps them independent. */
export function mutateReport(draft: Draft, random: Random): Draft {
  let { text } = draft;
  const expected = structuredClone(draft.expected);
  const session = expected.session;
  const mutations: string[] = [];
  if (random.chance(0.4)) {
    const title = random.pick(TITLES)(ORD);
    text = replaceAll(text, `Report of the High-level Committee on Programmes on its ${ORD} session`, title);
    expected.title = title;
    mutations.push('title rephrased');
  }
  if (random.chance(0.4)) {
    const from = `1. The High-level Committee on Programmes of ${CEB} held its ${ORD} session at the headquarters of`;
    text = replaceAll(text, from, random.pick(OPENINGS)(ORD));
    mutations.push('opening sentence rephrased');
  }
  if (random.chance(0.4)) {
    const month = random.int(1, 12);
    const day = random.int(1, 27);
    text = replaceAll(text, '17 and 18 October 2013', `${day} and ${day + 1} ${MONTHS[month - 1]} 2013`);
    session.startDate = iso(2013, month, day);
    session.endDate = iso(2013, month, day + 1);
    mutations.push(`dates ${day}-${day + 1} ${MONTHS[month - 1]}`);
  }
  if (random.chance(0.4)) {
    const [city, country] = random.pick(CITIES);
    text = replaceAll(text, 'Human Rights, Geneva, ', `Human Rights, ${city}, `);
    text = replaceAll(text, '(OHCHR) in Geneva on', `(OHCHR) in ${city} on`);
    Object.assign(session, { city, country });
    mutations.push(`city ${city}`);
  }
  if (random.chance(0.3)) {
    const [name, acronym, id] = random.pick(HOSTS);
    const ohchr = 'Office of the United Nations High Commissioner for';
    text = replaceAll(text, `(Headquarters of the ${ohchr}\nHuman Rights,`, `(Headquarters of the ${name},`);
    text = replaceAll(text, `the headquarters of the ${ohchr} Human Rights (OHCHR) in`, `the headquarters of the ${name} (${acronym}) in`);
    session.hostId = id;
    mutations.push(`host ${acronym}`);
  }
  if (random.chance(0.4)) {
    const chair = random.pick(CHAIRS);
    text = replaceAll(text, 'Achim Steiner', chair);
    expected.chairId = slugify(chair);
    mutations.push(`chair renamed ${chair}`);
  }
  text = delegations(text, random, expected, mutations);
  text = agenda(text, random, expected, mutations);
  text = purposes(text, random, expected, mutations);
  const number = random.chance(0.6) ? random.int(30, 60) : 26;
  if (number !== 26) mutations.push(`session ${number}`);
  text = text
    .split(ORD)
    .join(ordinalWord(number))
    .split(capitalize(ORD))
    .join(capitalize(ordinalWord(number)));
  if (expected.title) expected.title = expected.title.split(ORD).join(ordinalWord(number));
  Object.assign(session, { id: `hlcp-${number}`, number });
  if (random.chance(0.5)) {
    const shift = random.int(1, 12);
    text = text.replace(/\b(19|20)\d{2}\b/g, (year) => String(Number(year) + shift));
    session.year = session.year! + shift;
    session.startDate = shiftYear(session.startDate!, shift);
    session.endDate = shiftYear(session.endDate!, shift);
    mutations.push(`years +${shift}`);
  }
  return { text, expected, mutations: [...draft.mutations, ...mutations] };
}

function delegations(text: string, random: Random, expected: Draft['expected'], mutations: string[]): string {
  let out = text;
  if (random.chance(0.4)) {
    const [block, people] = random.pick(REMOVABLE);
    out = replaceAll(out, block, '');
    expected.participations! -= people;
    mutations.push(`delegation removed (${people})`);
  }
  if (random.chance(0.4)) {
    const [organization, people] = random.pick(ADDABLE);
    const block = [organization, ...people].map((line) => `${line}\n\n`).join('');
    out = replaceAll(out, 'World Health Organization\n\n', `${block}World Health Organization\n\n`);
    expected.participations! += people.length;
    mutations.push(`delegation added (${people.length})`);
  }
  return out;
}

const EXTRA_SUB_ITEMS = ['Knowledge management', 'Disaster risk reduction', 'Urbanization', 'Food security'];

function agenda(text: string, random: Random, expected: Draft['expected'], mutations: string[]): string {
  if (!random.chance(0.4)) return text;
  const added = random.int(1, EXTRA_SUB_ITEMS.length);
  const lines = EXTRA_SUB_ITEMS.slice(0, added)
    .map((title, i) => ` - (${String.fromCharCode(0x67 + i)}) ${title};`)
    .join('\n');
  expected.agendaItems! += added;
  mutations.push(`agenda item 6 with ${6 + added} sub-items`);
  const last = ` - (f) Dates and location of the twenty-seventh session of the High-level Committee on Programmes.`;
  return replaceAll(text, last, `${last.replace(/\.$/, ';')}\n${lines.replace(/;$/, '.')}`);
}

const EXTRA_PURPOSES = [
  'To strengthen the exchange of information among United Nations entities on emerging cyberthreats;',
  'To support the development of national cybersecurity strategies;',
  'To promote research on the prevention of cybercrime;',
];

function purposes(text: string, random: Random, expected: Draft['expected'], mutations: string[]): string {
  const cyber = expected.provisions![0]!;
  const g =
    '(g) To develop subsidiary specialized frameworks that address different categories of cyberthreats and allow the development ' +
    'of further policies for the delivery of assistance to Member States on particular cybersecurity and cybercrime issues.';
  if (random.chance(0.2)) {
    cyber.count -= 1;
    mutations.push('6 purposes');
    const f = text.indexOf('(f) To promote the delivery');
    const end = text.indexOf('\n', f);
    return replaceAll(text.slice(0, end).replace(/;$/, '.') + text.slice(end), `\n\n${g}`, '');
  }
  if (random.chance(0.3)) {
    const added = random.int(1, EXTRA_PURPOSES.length);
    cyber.count += added;
    mutations.push(`${7 + added} purposes`);
    const extra = EXTRA_PURPOSES.slice(0, added).map((p, i) => `(${String.fromCharCode(0x68 + i)}) ${p}`);
    extra[extra.length - 1] = extra[extra.length - 1]!.replace(/;$/, '.');
    return replaceAll(text, g, `${g.replace(/\.$/, ';')}\n\n${extra.join('\n\n')}`);
  }
  return text;
}

function shiftYear(date: string, shift: number): string {
  return `${Number(date.slice(0, 4)) + shift}${date.slice(4)}`;
}
