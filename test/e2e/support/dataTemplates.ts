import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { startServer } from '../../support/serverProcess';
import { createOrgWithCli, E2E_ORGANISATION } from './organisation';

/**
 * The server data folders the browser tests start from: `empty` (migrated, no
 * organisation) and `organisation` (the E2E organisation and its admin).
 *
 * Why: an organisation made with the admin CLI (embedded PostgreSQL's initdb, the
 * migrations, password hashing) and a server started on an empty folder cost 2.5–5 s of CPU
 * each, and the 20 spec files paid that about 30 times on two cores. globalSetup makes both
 * folders once with the production build; every spec file starts its server on its own
 * copy, so no spec sees another's data. The copies share one server id, which is harmless:
 * each has its own browser, and no device ever talks to two of them.
 */
export type DataTemplates = { root: string; empty: string; organisation: string };

declare module 'vitest' {
  // Declaration merging (vitest's documented way to type provide/inject) needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    e2eDataTemplates: DataTemplates;
  }
}

/** In globalSetup: both folders, made with the built server and admin CLI. */
export async function makeDataTemplates(): Promise<DataTemplates> {
  const root = mkdtempSync(join(tmpdir(), 'perspektive-e2e-templates-'));
  const templates = { root, empty: join(root, 'empty'), organisation: join(root, 'organisation') };
  const server = await startServer({
    staticDir: resolve('dist'),
    dataDir: templates.empty,
    built: true,
  });
  await server.stop(); // a graceful stop: the embedded database is closed cleanly
  createOrgWithCli(templates.organisation, E2E_ORGANISATION, { built: true });
  return templates;
}

export function removeDataTemplates(templates: DataTemplates): void {
  rmSync(templates.root, { recursive: true, force: true });
}

/** In a spec file: a fresh copy of one template, for one server. */
export function copyOfTemplate(kind: 'empty' | 'organisation'): string {
  const dir = mkdtempSync(join(tmpdir(), `perspektive-e2e-${kind}-`));
  cpSync(inject('e2eDataTemplates')[kind], dir, { recursive: true });
  return dir;
}

/** A data folder with the E2E organisation and its admin (`E2E_ADMIN`). */
export function organisationDataDir(): string {
  return copyOfTemplate('organisation');
}
