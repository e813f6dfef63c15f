// CLI: `npm run content:review` prints the rule review sheet (Markdown) to stdout.
// Only this file touches the file system; the formatting is in formatReviewSheet.ts.
import { readFileSync } from 'node:fs';
import { formatReviewSheet, lookupFromJson, reviewGroups } from './formatReviewSheet';

const rulesDe: unknown = JSON.parse(
  readFileSync(new URL('../../../locales/de/rules.json', import.meta.url), 'utf8'),
);
process.stdout.write(formatReviewSheet(reviewGroups(), lookupFromJson(rulesDe)));
