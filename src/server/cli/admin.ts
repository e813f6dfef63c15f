import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open';
import { DataDirLockedError } from '../db/dataDirLock';
import { organisationKindSchema, emailSchema, newPasswordSchema } from '../../protocol';
import { createOrganisationWithAdmin } from '../accounts/bootstrap';
import { runBackup, runRenewServerId, runRestore } from './backupCommands';
import { runRetentionCommand } from './retentionCommand';
import { runStatisticsKeygen, runStatisticsReport } from './statisticsCommands';

const usage = `Usage:
  npm run admin -- create-org --name "Kreis Beispiel ABH" --kind abh --admin-email a@b.de
                  [--admin-name "Vorname Nachname"] [--password-stdin]
  npm run admin -- backup --out FILE          (embedded database; server stopped)
  npm run admin -- restore --from FILE [--replace]   (embedded database; server stopped)
  npm run admin -- renew-server-id            (after pg_restore or any copy of a database)
  npm run admin -- retention --run            (apply retention rules and horizons once)
  npm run admin -- statistics-keygen --out FILE   (key pair for signed statistics reports)
  npm run admin -- statistics-report --quarter 2026-Q4 --key FILE [--org ID]
                  [--out FILE] [--upload https://office.example]

Kinds: ${organisationKindSchema.options.join(', ')}.
Without --password-stdin a one-time password is generated and printed once; the admin
must change it after the first sign-in. Uses DATABASE_URL / DATA_DIR like the server; with
the embedded database the server must be stopped first. Without a build, use
\`npm run admin:dev -- …\`. See docs/operations.md.`;

const COMMANDS = [
  'create-org',
  'backup',
  'restore',
  'renew-server-id',
  'retention',
  'statistics-keygen',
  'statistics-report',
];

export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  readPassword: () => Promise<string>;
};

/** Runs the admin CLI; returns the process exit code. Separate from `main` for tests. */
export async function runAdminCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        kind: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        out: { type: 'string' },
        from: { type: 'string' },
        replace: { type: 'boolean', default: false },
        run: { type: 'boolean', default: false },
        quarter: { type: 'string' },
        org: { type: 'string' },
        key: { type: 'string' },
        upload: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(usage);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? '';
  if (values.help || !COMMANDS.includes(command)) {
    (values.help ? io.out : io.err)(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'backup') return runBackup(loadConfig(env), values.out, io);
  if (command === 'restore') {
    const opts = { from: values.from, replace: values.replace, now: new Date() };
    return runRestore(loadConfig(env), opts, io);
  }
  if (command === 'renew-server-id') return runRenewServerId(loadConfig(env), io);
  if (command === 'retention') {
    if (!values.run) {
      io.err('Please give --run: retention --run applies the rules and horizons once.');
      return 2;
    }
    return runRetentionCommand(loadConfig(env), io);
  }
  if (command === 'statistics-keygen') return runStatisticsKeygen(values.out, io);
  if (command === 'statistics-report') {
    const { quarter, org, key, out, upload } = values;
    return runStatisticsReport(
      loadConfig(env),
      { quarter, org, key, out, upload, now: new Date() },
      io,
    );
  }
  const kind = organisationKindSchema.safeParse(values.kind);
  const email = emailSchema.safeParse(values['admin-email']);
  const name = values.name?.trim() ?? '';
  if (!kind.success || !email.success || name.length === 0 || name.length > 200) {
    io.err('Please give --name (1–200 characters), a valid --kind and --admin-email.');
    io.err(usage);
    return 2;
  }
  let password: string | undefined;
  if (values['password-stdin']) {
    const checked = newPasswordSchema.safeParse(await io.readPassword());
    if (!checked.success) {
      io.err(checked.error.issues[0]?.message ?? 'Invalid password.');
      return 2;
    }
    password = checked.data;
  }

  const config = loadConfig(env);
  let db;
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      io.err(
        'The Perspektive server is running on this data folder. Stop it first ' +
          '(the embedded database allows one process only), then run this command again.',
      );
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  try {
    const result = await createOrganisationWithAdmin(db, {
      name,
      kind: kind.data,
      adminEmail: email.data,
      adminName: values['admin-name'],
      password,
    });
    io.out(`Organisation created: ${result.organisation.name} (${result.organisation.id})`);
    io.out(`Admin account: ${result.admin.email}`);
    if (result.oneTimePassword) {
      io.out(`One-time password (shown only now): ${result.oneTimePassword}`);
      io.out('Sign in with it and choose a new password.');
    }
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    io.err(code === 'email_taken' ? 'This e-mail address is already in use.' : 'Failed.');
    if (code !== 'email_taken') io.err(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await db.close();
  }
}

async function readLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
  }
}

const isMain = /[\\/]admin\.(ts|js)$/.test(process.argv[1] ?? '');
if (isMain) {
  runAdminCli(process.argv.slice(2), process.env, {
    out: (line) => {
      process.stdout.write(`${line}\n`);
    },
    err: (line) => {
      process.stderr.write(`${line}\n`);
    },
    readPassword: readLine,
  })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
