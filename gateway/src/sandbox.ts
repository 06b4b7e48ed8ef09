// Apollo Sandbox landing page with example operations pre-filled and the CSRF headers explained.
// gateway/test/sandbox.test.ts checks that the examples are valid against the committed schema.
import type { ApolloServerPluginLandingPageLocalDefaultOptions } from '@apollo/server/plugin/landingPage/default';

/** Pre-filled in the Sandbox editor: one operation per journey; pick one and run it. */
export const SANDBOX_EXAMPLE_DOCUMENT = `# Intergovernmental coordination graph: example operations (pick one and press Run).
#
# Headers: Apollo Server's CSRF prevention accepts a POST with content-type: application/json
# (what Sandbox and GraphQL clients send). A GET, or a POST with a "simple" content type
# (text/plain, form data), needs a non-empty apollo-require-preflight or
# x-apollo-operation-name header; Sandbox sends apollo-require-preflight: true here.

# A session: agenda with sub-items, officers, endorsements with their provenance paragraph.
query Session($id: ID! = "hlcp-26") {
  session(id: $id) {
    title
    startDate
    endDate
    location { city country venue }
    agenda { label title subItems { label title } }
    participants(role: CHAIR) { person { name } }
    outcomes(kind: ENDORSED) {
      text
      framework { title }
      paragraph { id number document { symbol } }
    }
  }
}

# Full-text search: the highlight wraps matched words in <mark></mark>.
query Search($query: String! = "cybersecurity framework") {
  search(query: $query, first: 5) {
    totalCount totalCountIsExact
    nodes { score highlight paragraph { id document { symbol title } } }
  }
}

# An organization across the three subgraphs: people, delegations, framework roles. Long lists
# are connections: first (at most 100), after (an endCursor), totalCount.
query Organization($acronym: String = "UNODC") {
  organization(acronym: $acronym) {
    name
    affiliations(first: 10) { totalCount nodes { title person { name } } }
    participations(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { role person { name } session { id title } } }
    frameworkRoles(first: 10) { totalCount nodes { role framework { id title } } }
  }
}

# A framework: principles, roles, the sessions that endorsed it.
query Framework($id: ID! = "un-wide-framework-on-cybersecurity-and-cybercrime") {
  framework(id: $id) {
    title
    provisions(kind: PRINCIPLE) { label text }
    roles { role organization { acronym name } }
    endorsements(first: 10) { totalCount nodes { kind session { id title startDate } } }
  }
}
`;

export const sandboxLandingPage: ApolloServerPluginLandingPageLocalDefaultOptions = {
  embed: { initialState: { pollForSchemaUpdates: false }, endpointIsEditable: false },
  document: SANDBOX_EXAMPLE_DOCUMENT,
  headers: { 'apollo-require-preflight': 'true' },
  includeCookies: false,
};
