/** Input failed validation at the storage boundary; nothing was written. */
export type InputIssue = { path: PropertyKey[]; message: string };

export class InvalidInputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: readonly { path: PropertyKey[]; message: string }[]) {
    super(`Invalid input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'InvalidInputError';
    this.issues = issues.map((i) => ({ path: [...i.path], message: i.message }));
  }
}
