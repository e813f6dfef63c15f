import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

/**
 * The layer rules of eslint.config.js are the architecture: these cases prove that lint
 * fails on a forbidden import. Type-aware rules are switched off so that a file that does
 * not exist on disk can be linted.
 */
const eslint = new ESLint({
  overrideConfig: [
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
    tseslint.configs.disableTypeChecked,
  ],
});

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries (lint)', () => {
  it.each([
    ['src/domain/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/domain/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
    ['src/domain/probe.ts', "import { getDb } from '../storage/db';\nexport const x = getDb;\n"],
    ['src/ui/Probe.ts', "import { getDb } from '../storage/db';\nexport const x = getDb;\n"],
    [
      'src/features/x/Probe.ts',
      "import { getDb } from '../../storage/db';\nexport const x = getDb;\n",
    ],
    ['src/features/x/Probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
    ['src/server/probe.ts', "import { getDb } from '../storage/db';\nexport const x = getDb;\n"],
    [
      'src/protocol/probe.ts',
      "import { migrate } from '../server/db/migrations';\nexport const x = migrate;\n",
    ],
  ])('%s: forbidden import fails lint', async (file, code) => {
    expect(await ruleIdsFor(file, code)).toContain('no-restricted-imports');
  });

  it('domain code may not read the clock or use randomness', async () => {
    const ids = await ruleIdsFor(
      'src/domain/probe.ts',
      'export const a = new Date();\nexport const b = Date.now();\nexport const c = Math.random();\n',
    );
    expect(ids.filter((id) => id === 'no-restricted-syntax')).toHaveLength(3);
  });

  it('domain code may not use the network', async () => {
    const ids = await ruleIdsFor('src/domain/probe.ts', "export const f = () => fetch('/x');\n");
    expect(ids).toContain('no-restricted-globals');
  });

  it('allowed imports pass: features may use storage hooks, domain may use zod', async () => {
    expect(
      await ruleIdsFor(
        'src/features/x/probe.ts',
        "import { useStorageState } from '../../storage/hooks/useStorageState';\nexport const x = useStorageState;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        'src/domain/probe.ts',
        "import { z } from 'zod';\nexport const s = z.string();\n",
      ),
    ).toEqual([]);
  });

  it('visible text in JSX must come from i18next', async () => {
    const ids = await ruleIdsFor(
      'src/features/x/Probe.tsx',
      'export function P() {\n  return <p>Hallo Welt</p>;\n}\n',
    );
    expect(ids).toContain('no-restricted-syntax');
  });
});
