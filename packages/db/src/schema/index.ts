export * from './reference.js';
export * from './people.js';
export * from './access.js';
export * from './screening.js';
export * from './money.js';
export * from './conditions.js';
export * from './imports.js';
