import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string };
  healthcheck?: { test: string[] | string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  volumes?: string[];
  ports?: string[];
  container_name?: string;
}

const compose = parse(readFileSync(`${ROOT}docker-compose.yml`, 'utf8'), { merge: true }) as { services: Record<string, Service> };
const services = Object.entries(compose.services);

describe('Dockerfile', () => {
  it("copies every workspace's package.json before npm ci, so the install matches the lockfile", () => {
    const dockerfile = readFileSync(`${ROOT}Dockerfile`, 'utf8');
    const beforeInstall = dockerfile.slice(0, dockerfile.indexOf('RUN npm ci'));
    const { workspaces } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { workspaces: string[] };
    for (const workspace of workspaces) expect(beforeInstall).toContain(`COPY ${workspace}/package.json ${workspace}/`);
  });
});

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, the three subgraphs, the ingestion job and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['entities', 'frameworks', 'gateway', 'ingest', 'postgres', 'sessions']);
  });

  it.each(services.filter(([, s]) => s.build))('%s is built from a Dockerfile target that exists', (_name, service) => {
    const dockerfile = `${ROOT}${service.build!.context}/${service.build!.dockerfile}`;
    expect(existsSync(dockerfile)).toBe(true);
    expect(readFileSync(dockerfile, 'utf8')).toMatch(new RegExp(`^FROM \\S+ AS ${service.build!.target}$`, 'm'));
  });

  it.each(services.filter(([, s]) => s.restart !== 'no'))('long-running service %s has a healthcheck', (_name, service) => {
    expect(service.healthcheck?.test).toBeDefined();
  });

  it.each(services.filter(([, s]) => s.build && s.restart !== 'no'))('%s health-checks the port it listens on', (name, service) => {
    const port = service.environment?.[`${name.toUpperCase()}_PORT`] ?? service.environment?.GATEWAY_PORT;
    expect(JSON.stringify(service.healthcheck!.test)).toContain(`127.0.0.1:${port}/ready`);
  });

  it('wires every subgraph and the ingestion job to the database', () => {
    for (const name of ['sessions', 'entities', 'frameworks', 'ingest']) {
      expect(compose.services[name]!.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
    }
  });

  it('gives the gateway the committed supergraph and the subgraphs by service name', () => {
    const gateway = compose.services.gateway!;
    expect(gateway.volumes).toContain('./gateway/supergraph.graphql:/etc/intergov/supergraph.graphql:ro');
    expect(gateway.environment).toMatchObject({
      SUPERGRAPH_PATH: '/etc/intergov/supergraph.graphql',
      SESSIONS_URL: 'http://sessions:4001/graphql',
      ENTITIES_URL: 'http://entities:4002/graphql',
      FRAMEWORKS_URL: 'http://frameworks:4003/graphql',
    });
    expect(Object.keys(gateway.depends_on ?? {}).sort()).toEqual(['entities', 'frameworks', 'sessions']);
  });

  it('publishes the gateway alone: no subgraph or database port reaches the host', () => {
    expect(services.filter(([, s]) => s.ports?.length).map(([name]) => name)).toEqual(['gateway']);
  });

  it('runs every service in production, with Sandbox and introspection off unless opted in', () => {
    for (const name of ['sessions', 'entities', 'frameworks', 'ingest', 'gateway']) {
      expect(compose.services[name]!.environment?.NODE_ENV).toBe('production');
    }
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own interpolation syntax, read as text
    expect(compose.services.gateway!.environment?.INTROSPECTION).toBe('${INTROSPECTION:-false}');
  });

  it('takes every secret from the environment, with no default', () => {
    const required = /^\$\{(\w+):\?[^}]+\}$/;
    expect(compose.services.postgres!.environment?.POSTGRES_PASSWORD).toMatch(required);
    for (const name of ['sessions', 'entities', 'frameworks', 'ingest', 'gateway']) {
      expect(compose.services[name]!.environment?.SUBGRAPH_SIGNING_SECRET).toMatch(required);
    }
    for (const name of ['sessions', 'entities', 'frameworks', 'ingest']) {
      expect(compose.services[name]!.environment?.DATABASE_URL).toContain('${POSTGRES_PASSWORD:?');
    }
    const text = readFileSync(`${ROOT}docker-compose.yml`, 'utf8');
    expect(text).not.toMatch(/PASSWORD: (?!\$\{)\S/);
  });

  it('can run replicas: no fixed container names, subgraphs listening on the compose network for the gateway', () => {
    expect(services.filter(([, s]) => s.container_name)).toEqual([]);
    for (const name of ['sessions', 'entities', 'frameworks']) {
      expect(compose.services[name]!.environment?.SUBGRAPH_HOST).toBe('0.0.0.0');
    }
    expect(compose.services.gateway!.environment?.GATEWAY_HOST).toBe('0.0.0.0');
  });
});
