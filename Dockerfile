# One build for the whole monorepo; each service is a target of it (see docker-compose.yml).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
# Every workspace's manifest, so that `npm ci` installs the lockfile exactly before the sources arrive.
COPY packages/launcher/package.json packages/launcher/
COPY packages/identity/package.json packages/identity/
COPY packages/service-kit/package.json packages/service-kit/
COPY packages/extraction/package.json packages/extraction/
COPY packages/export/package.json packages/export/
COPY packages/testing/package.json packages/testing/
COPY packages/testing-corpus/package.json packages/testing-corpus/
COPY subgraphs/sessions/package.json subgraphs/sessions/
COPY subgraphs/entities/package.json subgraphs/entities/
COPY subgraphs/frameworks/package.json subgraphs/frameworks/
COPY seeds/package.json seeds/
COPY gateway/package.json gateway/
COPY bench/package.json bench/
COPY clients/web/package.json clients/web/
COPY clients/graphiql/package.json clients/graphiql/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production GATEWAY_HOST=0.0.0.0 SUBGRAPH_HOST=0.0.0.0
# As `npm start` runs the services (scripts/start.mjs): a young generation of at most 2 x 16 MiB, two malloc arenas.
ENV NODE_OPTIONS=--max-semi-space-size=16 MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build /app /app
USER node

FROM runtime AS sessions
EXPOSE 4001
CMD ["node", "subgraphs/sessions/dist/main.js"]

FROM runtime AS entities
EXPOSE 4002
CMD ["node", "subgraphs/entities/dist/main.js"]

FROM runtime AS frameworks
EXPOSE 4003
CMD ["node", "subgraphs/frameworks/dist/main.js"]

FROM runtime AS ingest
CMD ["node", "seeds/dist/cli.js", "--if-empty"]

FROM runtime AS gateway
EXPOSE 4000
CMD ["node", "gateway/dist/main.js"]
