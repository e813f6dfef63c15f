// The wire protocol shared by the client (src/sync) and the server (src/server).
// Only zod schemas and types live here: both sides validate with the same definitions.
export * from './health';
export * from './errors';
export * from './auth';
export * from './syncProtocol';
export * from './canonicalJson';
export * from './policy';
export * from './directory';
export * from './statistics';
export * from './statisticsOffice';
export * from './safeText';
export * from './passwordPolicy';
export * from './versioned';
export * from './letters';
export * from './consentController';
export * from './retention';
