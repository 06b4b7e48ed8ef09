/** The extraction model is shared with the subgraphs' loaders; it lives in the service kit. */
export * from '@igc/service-kit/facts';
