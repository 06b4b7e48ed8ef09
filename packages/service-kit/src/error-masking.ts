import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.js';

/** Codes whose message was written for the client; anything else is an internal failure. */
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);
/** The only extensions a client sees in production: what the error is and what to fix. */
const PUBLIC_EXTENSIONS = ['code', 'serviceName', 'argumentName', 'maximum'] as const;

const isInternal = (code: unknown) => typeof code !== 'string' || INTERNAL_CODES.has(code);

/** What a production client sees of an error: typed codes keep their message, nothing else survives. */
export function maskedError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (isInternal(extensions.code)) {
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const kept = Object.fromEntries(PUBLIC_EXTENSIONS.filter((key) => extensions[key] !== undefined).map((key) => [key, extensions[key]]));
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: kept };
}

/**
 * Apollo Server's `formatError`. In production every error is masked, subgraph errors included
 * (the gateway otherwise forwards a subgraph's stack trace), as Apollo Router redacts subgraph
 * errors by default. Outside production, details stay for debugging; uncoded errors are typed.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (production) return maskedError(formatted);
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * Logs, in full and with the request id, every error the client does not see in full: internal
 * errors always, and in production any error that masking shortened (a subgraph's stack trace...).
 */
export function maskedErrorLogging<T extends BaseContext & { requestId?: string }>(
  logger: Logger,
  production: boolean,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const extensions = error.extensions ?? {};
            const isPublic = (key: string) => key === 'http' || (PUBLIC_EXTENSIONS as readonly string[]).includes(key);
            const stripped = Object.keys(extensions).some((key) => !isPublic(key));
            if (!isInternal(extensions.code) && !(production && stripped)) continue;
            logger.error(
              { requestId: contextValue.requestId, err: error.originalError ?? error, path: error.path, extensions },
              `masked error: ${error.message}`,
            );
          }
        },
      };
    },
  };
}
