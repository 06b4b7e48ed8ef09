/**
 * The operation mix the benchmark drives: the README's journeys. Each operation names the
 * subgraph that owns it when it touches one subgraph only: that subgraph, called directly, is
 * the floor a gateway is compared with.
 */
export type OperationKey = 'session' | 'organization' | 'framework' | 'search';
export type SubgraphName = 'sessions' | 'entities' | 'frameworks';

export interface Operation {
  key: OperationKey;
  title: string;
  /** The subgraphs whose fields the operation selects. */
  subgraphs: SubgraphName[];
  /** The owning subgraph when the operation stays inside one: it can be called directly. */
  direct: SubgraphName | null;
  document: string;
}

export const OPERATIONS: Operation[] = [
  {
    key: 'session',
    title: '(a) session with agenda and participants',
    subgraphs: ['sessions', 'entities'],
    direct: null,
    document: /* GraphQL */ `query BenchSession($id: ID!) {
  session(id: $id) {
    id title number year startDate endDate
    body { id name acronym }
    location { city country venue }
    agenda { id label title subItems { id label title } }
    participants { role person { id name honorific } organization { id name acronym } }
  }
}`,
  },
  {
    key: 'organization',
    title: '(b) organization with participations',
    subgraphs: ['entities'],
    direct: 'entities',
    document: /* GraphQL */ `query BenchOrganization($id: ID!) {
  organization(id: $id) {
    id name acronym kind aliases
    participations(first: 100) { totalCount nodes { id role person { id name } session { id } } }
  }
}`,
  },
  {
    key: 'framework',
    title: '(c) framework with provisions and endorsements',
    subgraphs: ['frameworks', 'sessions'],
    direct: null,
    document: /* GraphQL */ `query BenchFramework($id: ID!) {
  framework(id: $id) {
    id title kind date
    provisions { id kind label ordinal title text }
    endorsements(first: 100) { totalCount nodes { id kind text session { id title year } } }
  }
}`,
  },
  {
    key: 'search',
    title: '(d) full-text search',
    subgraphs: ['sessions'],
    direct: 'sessions',
    document: /* GraphQL */ `query BenchSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    totalCount
    nodes { score highlight paragraph { id number text document { id symbol title } } }
  }
}`,
  },
];

/** Queries that find real ids in the running API (the data changes as ingestion improves). */
export const DISCOVERY = {
  sessions: `{ sessions(first: 100) { totalCount nodes { id hasRecord agenda { id } participants { role } } } }`,
  organizations: `{ organizations(first: 100) { totalCount nodes { id participations { totalCount } } } }`,
  frameworks: `{ frameworks(first: 100) { totalCount nodes { id provisions { id } endorsements { totalCount } } } }`,
  paragraphs: `{ documents(first: 100) { totalCount nodes { id paragraphs(first: 1) { totalCount } } } }`,
};

/** Search terms tried in order; the first with hits is used. */
export const SEARCH_TERMS = ['cybersecurity framework', 'cybersecurity', 'migration', 'cooperation', 'committee'];

export type Variables = Record<OperationKey, Record<string, unknown>>;
/** Several variable sets per operation: the load draws one at random per request. */
export type VariablePools = Record<OperationKey, Record<string, unknown>[]>;

/** How many distinct ids per operation the load draws from (the richest first). */
export const POOL_SIZE = 20;
