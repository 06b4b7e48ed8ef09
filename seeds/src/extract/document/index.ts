export * from './clean.js';
export * from './errors.js';
export * from './types.js';
export * from './parse.js';
export * from './text.js';
export * from './sessions.js';
export * from './references.js';
export * from './outcomes.js';
