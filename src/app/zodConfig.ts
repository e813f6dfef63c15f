import { z } from 'zod';

// zod compiles fast validators with `new Function` unless told not to; the app's Content
// Security Policy forbids eval, so the probe only produced a CSP violation report per start
// (seen by Lighthouse as a best-practices issue). Imported first by App.tsx, the lazily
// loaded root of the app.
z.config({ jitless: true });
