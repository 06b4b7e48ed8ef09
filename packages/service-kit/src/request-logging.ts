import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from './logger.js';

/** One structured log line per operation, carrying the request id the gateway propagates. */
export function requestLogging<T extends BaseContext & { requestId?: string }>(logger: Logger): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              ms: Math.round((performance.now() - started) * 10) / 10,
              errors: (errors ?? single?.errors ?? []).length,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
