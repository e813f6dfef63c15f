/**
 * The account password policy, shared by the server (authoritative: it refuses) and the app
 * (a hint while typing). Length 12–256, and a strength estimate of at least `minScore` by
 * zxcvbn-ts with its common and German dictionaries (≥ 10^8 guesses: "aaaaaaaaaaaa",
 * "password1234" or "Perspektive2026" fail, a short sentence passes). The account's own
 * e-mail address, name and organisation count as known words. Reusing the current password
 * (at first sign-in: the one-time password) is refused by the server separately.
 *
 * The estimator and its dictionaries (≈ 1.3 MB of JavaScript) are imported lazily on first
 * use: in the app they load only on the password screens, never with the first page.
 */
export const passwordPolicy = {
  minLength: 12,
  maxLength: 256,
  /** zxcvbn score 0–4; 3 means at least 10^8 guesses. */
  minScore: 3,
  /** Only this many characters are estimated (the estimate grows fast with length; longer
   * passwords are at least as strong as their beginning). */
  estimateLength: 100,
} as const;

export type PasswordAssessment = {
  /** 0 (very weak) … 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  ok: boolean;
  problem?: 'too_short' | 'too_long' | 'too_weak';
};

type Estimator = (password: string, userInputs: string[]) => number;

let estimator: Promise<Estimator> | undefined;

function loadEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-de'),
  ]).then(([core, common, de]) => {
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...de.dictionary },
      graphs: common.adjacencyGraphs,
      // Edit-distance matching costs ~100 ms per estimate; the dictionaries suffice.
      useLevenshteinDistance: false,
    });
    return (password, userInputs) => zxcvbn.check(password, userInputs).score;
  });
  return estimator;
}

/** Words an attacker who knows the account would try first. */
export function knownWords(account: {
  email?: string;
  displayName?: string;
  organisationName?: string;
}): string[] {
  const words = ['perspektive', 'beratung', 'passwort'];
  if (account.email) words.push(account.email, ...account.email.split(/[@.\-_+]/));
  if (account.displayName) words.push(account.displayName, ...account.displayName.split(/\s+/));
  if (account.organisationName) {
    words.push(account.organisationName, ...account.organisationName.split(/\s+/));
  }
  return words.map((w) => w.toLowerCase()).filter((w) => w.length >= 3);
}

/** Estimates a new password's strength against the policy (loads the estimator once). */
export async function assessPassword(
  password: string,
  userInputs: readonly string[] = [],
): Promise<PasswordAssessment> {
  const length = password.length;
  const estimate = await loadEstimator();
  const score = estimate(password.slice(0, passwordPolicy.estimateLength), [
    ...userInputs,
  ]) as PasswordAssessment['score'];
  if (length < passwordPolicy.minLength) return { score, ok: false, problem: 'too_short' };
  if (length > passwordPolicy.maxLength) return { score, ok: false, problem: 'too_long' };
  if (score < passwordPolicy.minScore) return { score, ok: false, problem: 'too_weak' };
  return { score, ok: true };
}
