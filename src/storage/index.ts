// The storage API that screens may use (through hooks). The Dexie schema stays private.
export * from './preferencesRepository';
export * from './deviceStorage';
