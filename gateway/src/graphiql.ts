// GraphiQL at /graphiql: the bundle clients/graphiql builds at `npm run build` (GraphiQL, its
// explorer plugin, the README's example operations), served from this process with no CDN, so
// it works on a machine without internet. Same rule as the Sandbox landing page: only with
// introspection on, otherwise 404.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export const GRAPHIQL_PATH = '/graphiql';
export const GRAPHIQL_BUNDLE_DIR = fileURLToPath(new URL('../../clients/graphiql/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, cacheControl: string): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('cache-control', cacheControl);
  res.end(body);
}

/**
 * Answers the requests under /graphiql and returns true; returns false for every other path.
 * Asset names carry a content hash, so they are cached for good; the page itself is not.
 */
export function graphiqlRoute(options: { enabled: boolean; bundleDir?: string }) {
  const dir = options.bundleDir ?? GRAPHIQL_BUNDLE_DIR;
  const files = new Map<string, Buffer>();
  const read = async (name: string) => {
    if (!files.has(name)) files.set(name, await readFile(join(dir, name)));
    return files.get(name)!;
  };
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    if (url.pathname !== GRAPHIQL_PATH && !url.pathname.startsWith(`${GRAPHIQL_PATH}/`)) return false;
    const asset = /^\/graphiql\/assets\/([\w.-]+)$/.exec(url.pathname)?.[1];
    const page = url.pathname === GRAPHIQL_PATH || url.pathname === `${GRAPHIQL_PATH}/`;
    if (!options.enabled || (req.method !== 'GET' && req.method !== 'HEAD') || (!asset && !page)) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found', 'no-store');
      return true;
    }
    const name = asset ? `assets/${asset}` : 'index.html';
    read(name).then(
      (body) =>
        send(
          res,
          200,
          CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
          body,
          asset ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
      (error: NodeJS.ErrnoException) =>
        error.code === 'ENOENT' && page
          ? send(res, 503, 'text/plain; charset=utf-8', `GraphiQL is not built (${dir}): run \`npm run build\`.`, 'no-store')
          : send(res, 404, 'text/plain; charset=utf-8', 'Not found', 'no-store'),
    );
    return true;
  };
}

/**
 * Adds a link to /graphiql to a landing page plugin's page (Apollo Sandbox loads from Apollo's CDN,
 * so offline its page only says it cannot load). The page's CSP admits styles by nonce only.
 */
export function withGraphiqlLink<TContext extends BaseContext>(plugin: ApolloServerPlugin<TContext>): ApolloServerPlugin<TContext> {
  return {
    ...plugin,
    async serverWillStart(service) {
      const listener = await plugin.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const landingPage = await render();
          const original = landingPage.html;
          const html = async () => {
            const page = typeof original === 'string' ? original : await original();
            const nonce = /nonce=["']?([0-9a-f]+)/.exec(page)?.[1] ?? '';
            const link =
              `<style nonce="${nonce}">#graphiql-link{position:fixed;right:16px;bottom:16px;z-index:10;padding:6px 10px;` +
              `background:#fff;border:1px solid #ccc;border-radius:4px;font:14px sans-serif}</style>` +
              `<a id="graphiql-link" href="${GRAPHIQL_PATH}">GraphiQL (works offline)</a>`;
            return page
              .replace(
                'might be offline.</p>',
                `might be offline.</p>\n  <p><a href="${GRAPHIQL_PATH}">Open GraphiQL</a>: served by this gateway, it works offline.</p>`,
              )
              .replace('</body>', `${link}\n  </body>`);
          };
          return { html };
        },
      };
    },
  };
}
