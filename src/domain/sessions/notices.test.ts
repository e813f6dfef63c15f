// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// Written notices handed out in a conversation: the file must show which, on which day, in
// which language, with the deadline or ban length the notice states — and each kind once.
import { describe, expect, it } from 'vitest';
import { RECORD_VALIDATION as R } from '../cases/validation';
import {
  handedNoticesOf,
  HandedNoticeSchema,
  HandedNoticesSchema,
  isHandedNotice,
  MAX_BAN_MONTHS,
  NOTICE_INFO,
  noticeKindValues,
  type HandedNotice,
} from './notices';
import { ScriptAnswersSchema } from './schema';

const notice = (over: Partial<HandedNotice> = {}): HandedNotice => ({
  kind: 'departure-deadline',
  handedOutOn: '2026-11-20',
  language: 'ar',
  ...over,
});

const issues = (value: unknown) => {
  const result = HandedNoticeSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('HandedNoticeSchema', () => {
  it('records a deadline only for the notices that set one', () => {
    expect(issues(notice({ deadline: '2026-12-20' }))).toEqual([]);
    expect(issues(notice({ kind: 'asylblg-1a', deadline: '2026-12-20' }))).toEqual([]);
    expect(issues(notice({ kind: 'passport-duties', deadline: '2026-12-20' }))).toEqual([
      `deadline:${R.invalid}`,
    ]);
    expect(noticeKindValues.filter((k) => NOTICE_INFO[k].deadline)).toEqual([
      'departure-deadline',
      'asylblg-1a',
    ]);
  });

  it('records a ban length only for the entry ban, in whole months up to the bound', () => {
    expect(issues(notice({ kind: 'entry-ban', banMonths: 30 }))).toEqual([]);
    expect(issues(notice({ kind: 'entry-ban', banMonths: MAX_BAN_MONTHS }))).toEqual([]);
    for (const banMonths of [0, 2.5, MAX_BAN_MONTHS + 1]) {
      expect(issues(notice({ kind: 'entry-ban', banMonths }))).toEqual([
        `banMonths:${R.banMonths}`,
      ]);
    }
    expect(issues(notice({ banMonths: 12 }))).toEqual([`banMonths:${R.invalid}`]);
  });

  it('needs a known kind, a real day and a language code', () => {
    expect(issues(notice({ kind: 'lecture' as HandedNotice['kind'] }))).toEqual([
      'kind:facts.validation.option',
    ]);
    expect(issues(notice({ handedOutOn: '2026-02-30' }))).toEqual([
      'handedOutOn:facts.validation.date',
    ]);
    expect(issues(notice({ language: 'Arabisch' }))).toEqual([
      'language:facts.validation.language',
    ]);
  });
});

describe('HandedNoticesSchema', () => {
  it('refuses a kind handed out twice, naming the second', () => {
    const result = HandedNoticesSchema.safeParse([
      notice(),
      notice({ kind: 'entry-ban' }),
      notice({ language: 'de' }),
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [[2, 'kind'], R.duplicateId],
    ]);
  });

  it('holds at most one notice of every kind', () => {
    const all = noticeKindValues.map((kind) => notice({ kind }));
    expect(HandedNoticesSchema.safeParse(all).success).toBe(true);
    expect(HandedNoticesSchema.safeParse([...all, notice()]).success).toBe(false);
  });

  it('is what a session answer may hold: a duplicate makes the answers invalid', () => {
    expect(ScriptAnswersSchema.safeParse({ notices: [notice()] }).success).toBe(true);
    expect(ScriptAnswersSchema.safeParse({ notices: [notice(), notice()] }).success).toBe(false);
  });
});

describe('handedNoticesOf', () => {
  it('collects the notices of every answer in catalogue order, each kind once', () => {
    const answers = {
      // Answer ids are read in sorted order: "a-notices" wins over "b-notices" for a kind.
      'b-notices': [notice({ kind: 'entry-ban', banMonths: 24 }), notice({ language: 'fa' })],
      'a-notices': [notice({ kind: 'proof-of-departure' }), notice({ language: 'ar' })],
      'return-interest': ['wants-counselling'],
      actions: [{ id: 'a1', text: 'Pass beantragen', responsible: 'client' }],
      note: 'departure-deadline',
    };
    expect(handedNoticesOf(answers)).toEqual([
      notice({ language: 'ar' }),
      notice({ kind: 'entry-ban', banMonths: 24 }),
      notice({ kind: 'proof-of-departure' }),
    ]);
  });

  it('skips entries that are no valid notice', () => {
    expect(isHandedNotice(notice())).toBe(true);
    expect(isHandedNotice({ ...notice(), banMonths: 3 })).toBe(false);
    expect(isHandedNotice('departure-deadline')).toBe(false);
    expect(handedNoticesOf({ n: [{ kind: 'entry-ban' }, notice({ kind: 'entry-ban' })] })).toEqual([
      notice({ kind: 'entry-ban' }),
    ]);
    expect(handedNoticesOf({})).toEqual([]);
  });
});
