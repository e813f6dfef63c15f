import { useEffect, useState } from 'react';
import { assessPassword, type PasswordAssessment } from '../../protocol';

/**
 * The strength estimate of a new password while it is typed (a hint; the server decides).
 * The estimator and its dictionaries load on the first estimate — only on the password
 * screens, never with the app's first page. Estimates run shortly after typing pauses; a
 * failed load (should not happen offline: the service worker precaches it) leaves no hint,
 * and the server still checks.
 */
export function usePasswordStrength(
  password: string,
  knownWords: readonly string[],
): PasswordAssessment | undefined {
  const [assessment, setAssessment] = useState<PasswordAssessment | undefined>(undefined);
  const words = knownWords.join('\u0001');
  useEffect(() => {
    if (password === '') {
      setAssessment(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      assessPassword(password, words.split('\u0001')).then(
        (result) => {
          if (current) setAssessment(result);
        },
        () => {
          if (current) setAssessment(undefined);
        },
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, words]);
  return assessment;
}
