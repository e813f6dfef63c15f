export * from './validation';
export * from './categoryFields';
export * from './package';
export * from './schema';
export * from './inbox';
export * from './gate';
