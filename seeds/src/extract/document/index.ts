export * from './clean.js';
export * from './errors.js';
export * from './types.js';
export * from './parse.js';
