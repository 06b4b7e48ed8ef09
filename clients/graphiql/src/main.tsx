import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import examples from 'virtual:example-operations';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

// Same origin as the gateway: a JSON POST to /graphql satisfies Apollo Server's CSRF prevention.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
const explorer = explorerPlugin();
// The README's example operations, one per tab; `/graphiql?query=…` opens that operation in a tab
// of its own in front of them (or, with tabs kept from an earlier visit, next to those).
const params = new URLSearchParams(window.location.search);
const query = params.get('query') ?? undefined;
const variables = params.get('variables') ?? undefined;
const tabs = [...(query ? [{ query, variables }] : []), ...examples.map((example) => ({ query: example }))];

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[explorer]}
    defaultTabs={tabs}
    query={query}
    variables={variables}
    defaultEditorToolsVisibility={Boolean(variables)}
  />,
);
