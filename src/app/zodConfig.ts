// zod compiles fast validators with `new Function` unless told not to; the app's Content
// Security Policy forbids eval, and zod probes for it (a caught `new Function('')`) the
// moment an object schema is CONSTRUCTED while `jitless` is still off. Browsers report that
// probe as a CSP violation (Lighthouse: a best-practices issue).
//
// The setting must be made before any schema exists, in whatever chunk that schema is. Set in
// App.tsx it was too late (ES modules evaluate their imports first); imported first by
// main.tsx it depended on the bundler's chunk order, and it pulled all of zod (26 KB gzip)
// into the first screen's code. So the app's build (vite.config.ts, `resolve.alias`) gives
// this module to every `import … from 'zod'`: it imports zod, makes the setting, and
// re-exports zod, and a module that builds a schema runs only after it.
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
