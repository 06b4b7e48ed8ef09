/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** GraphQL endpoint the browser calls; default `/graphql` (the dev server proxies it to GATEWAY_URL). */
  readonly VITE_GRAPHQL_URL?: string;
}
