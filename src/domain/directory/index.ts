export * from './schema';
export * from './search';
