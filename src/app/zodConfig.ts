import { config } from 'zod/v4/core';

// zod compiles fast validators with `new Function` unless told not to; the app's Content
// Security Policy forbids eval, and zod probes for it (a caught `new Function('')`) the
// moment an object schema is CONSTRUCTED while `jitless` is still off. Browsers report that
// probe as a CSP violation (Lighthouse: a best-practices issue). Setting it in App.tsx was
// too late: the bundler puts the schema modules into shared chunks that the App chunk
// imports, and ES modules evaluate their imports before their own body, so every schema
// existed before App.tsx's first line ran. Imported first by main.tsx alone was not enough
// either: once a schema module became a shared chunk that the boot entry imports, it ran
// before the entry's own body. So vite.config.ts puts this module into zod's chunk: the
// setting is made when zod itself is evaluated, before any chunk that imports zod. It costs
// a few hundred bytes.
config({ jitless: true });
