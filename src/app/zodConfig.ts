import { config } from 'zod/v4/core';

// zod compiles fast validators with `new Function` unless told not to; the app's Content
// Security Policy forbids eval, and zod probes for it (a caught `new Function('')`) the
// moment an object schema is CONSTRUCTED while `jitless` is still off. Browsers report that
// probe as a CSP violation (Lighthouse: a best-practices issue). Setting it in App.tsx was
// too late: the bundler puts the schema modules into shared chunks that the App chunk
// imports, and ES modules evaluate their imports before their own body, so every schema
// existed before App.tsx's first line ran. Imported first by main.tsx, the boot entry, it
// runs before any chunk with a schema is even requested. `zod/v4/core` is the module that
// holds the one config object (kept on globalThis by zod itself), so this costs the boot
// chunk a few hundred bytes, not zod.
config({ jitless: true });
