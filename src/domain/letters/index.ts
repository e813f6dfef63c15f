export * from './placeholders';
export * from './schema';
export * from './render';
export * from './data';
