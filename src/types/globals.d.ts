/** Injected by vite.config.ts: package version, plus BUILD_ID when set. */
declare const __APP_VERSION__: string;
