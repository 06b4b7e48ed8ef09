// Vite serves the example app and proxies /graphql to the gateway, so the browser talks to one
// origin: no CORS needed (the gateway sends no Access-Control-Allow-Origin), and the
// `content-type: application/json` the client sends satisfies Apollo's CSRF prevention.
//
//   GATEWAY_URL  the gateway's GraphQL endpoint (default http://localhost:4000/graphql)
//   WEB_PORT     the dev server's port (default 5173)
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

export function gatewayProxy(gatewayUrl: string): Record<string, ProxyOptions> {
  const target = new URL(gatewayUrl);
  return {
    '/graphql': {
      target: target.origin,
      changeOrigin: true,
      rewrite: (path) => path.replace(/^\/graphql/, target.pathname),
    },
  };
}

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: gatewayProxy(process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql'),
  },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.WEB_PORT ?? 4173),
    proxy: gatewayProxy(process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql'),
  },
  build: { sourcemap: true },
});
