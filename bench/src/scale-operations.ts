/**
 * The journeys of the scale series (1×–1000×): every journey whose cost must not grow with the
 * corpus. The four of the gateway comparison, plus forgiving lookups and the top-level lists.
 */
import { graphqlRequest } from './processes.js';
import { OPERATIONS, type VariablePools } from './operations.js';

export type ScaleJourneyKey =
  | 'session'
  | 'organization'
  | 'framework'
  | 'search'
  | 'personLookup'
  | 'organizationLookup'
  | 'sessionsList'
  | 'organizationsList';

export interface ScaleJourney {
  key: ScaleJourneyKey;
  title: string;
  /** The operation, against the public contract's connections (`contract/contract/api.graphql`). */
  document: string;
}

const operation = (key: 'session' | 'search') => OPERATIONS.find((op) => op.key === key)!.document;

export const SCALE_JOURNEYS: ScaleJourney[] = [
  { key: 'session', title: 'session with agenda and participants', document: operation('session') },
  {
    key: 'organization',
    title: 'organization with its latest participations',
    document: /* GraphQL */ `query ScaleOrganization($id: ID!) {
  organization(id: $id) {
    id name acronym kind aliases
    participations(first: 20) { totalCount nodes { id role person { id name } session { id } } }
  }
}`,
  },
  {
    key: 'framework',
    title: 'framework with provisions and endorsements',
    document: /* GraphQL */ `query ScaleFramework($id: ID!) {
  framework(id: $id) {
    id title kind date
    provisions { id kind label ordinal title text }
    endorsements(first: 20) { totalCount nodes { id kind text session { id title year } } }
  }
}`,
  },
  { key: 'search', title: 'full-text search for a common word', document: operation('search') },
  {
    key: 'personLookup',
    title: 'person by a misspelled name',
    document: /* GraphQL */ `query ScalePersonLookup($name: String!) {
  person(name: $name) { id name honorific }
}`,
  },
  {
    key: 'organizationLookup',
    title: 'organization by name',
    document: /* GraphQL */ `query ScaleOrganizationLookup($name: String!) {
  organization(name: $name) { id name acronym kind }
}`,
  },
  {
    key: 'sessionsList',
    title: 'first page of sessions',
    document: /* GraphQL */ `query ScaleSessions {
  sessions(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id title startDate body { id acronym } } }
}`,
  },
  {
    key: 'organizationsList',
    title: 'first page of organizations',
    document: /* GraphQL */ `query ScaleOrganizations {
  organizations(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id name acronym kind } }
}`,
  },
];

/**
 * A small misspelling a forgiving lookup must forgive: one letter dropped from the middle of the
 * longest word, the other words intact ("Person 12 Synthetic" → "Person 12 Synthtic").
 */
export function misspell(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((best, word, index) => (word.length > words[best]!.length ? index : best), 0);
  const word = words[longest]!;
  if (word.length < 5) return name;
  const cut = Math.floor(word.length / 2) + 1;
  words[longest] = word.slice(0, cut) + word.slice(cut + 1);
  return words.join(' ');
}

/** Variables of every journey: the comparison's pools, plus names to look up, taken from the API. */
export async function scalePools(url: string, pools: VariablePools): Promise<Record<ScaleJourneyKey, Record<string, unknown>[]>> {
  const names = async <T extends string>(field: T) => {
    const answer = await graphqlRequest<Record<T, { nodes: { name: string }[] }>>(url, `{ ${field}(first: 20) { nodes { name } } }`);
    const nodes = answer.data?.[field].nodes ?? [];
    if (!nodes.length) throw new Error(`discovery: no ${field} to look up (${JSON.stringify(answer.errors)})`);
    return nodes.map((node) => node.name);
  };
  return {
    ...pools,
    personLookup: (await names('people')).map((name) => ({ name: misspell(name) })),
    organizationLookup: (await names('organizations')).map((name) => ({ name: name.toLowerCase() })),
    sessionsList: [{}],
    organizationsList: [{}],
  };
}
