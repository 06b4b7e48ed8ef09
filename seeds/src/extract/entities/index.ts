export * from './text.js';
export * from './gazetteer.js';
export * from './organizations.js';
