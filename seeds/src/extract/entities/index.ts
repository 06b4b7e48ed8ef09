export * from './text.js';
export * from './gazetteer.js';
export * from './organizations.js';
export * from './names.js';
export * from './mentions.js';
export * from './participants.js';
export * from './prose.js';
