export * from './limits.js';
export * from './roles.js';
export * from './sync.js';
export * from './content.js';
export * from './accounts.js';
export * from './forum-rules.js';
export * from './forum.js';
export * from './contact.js';
