// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type EligibilityAnswer,
  INELIGIBILITY_REASONS,
  type IneligibilityReason,
} from '../../../contracts/registry';
import { createI18n } from '../../i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../i18n/languages';
import { EligibilityAnswerView, formatDay } from './EligibilityAnswerView';

afterEach(cleanup);

const ANSWER: EligibilityAnswer = {
  practitioner: {
    id: '01900000-0000-7000-8000-0000000000a1',
    displayName: 'Omar Said',
    organisationId: '01900000-0000-7000-8000-0000000000b1',
  },
  facility: { id: '01900000-0000-7000-8000-0000000000c1', name: 'Central Prison', timeZone: 'Africa/Tunis' },
  interventionType: 'mentoring',
  accessTier: 'regular',
  eligible: true,
  basis: 'accreditation',
  day: '2026-12-01',
  reasons: [],
  validUntil: '2027-02-28',
};

/** One reason of each code, with what its words need. */
const EVERY_REASON: IneligibilityReason[] = INELIGIBILITY_REASONS.map((code) => ({
  code,
  ...(code.endsWith('expired') || code === 'accreditation_not_yet_valid' || code === 'practitioner_suspended'
    ? { date: '2026-11-30' }
    : {}),
  ...(code.startsWith('course_') ? { course: { code: 'data_protection', name: 'Data protection' } } : {}),
  ...(code === 'document_not_signed'
    ? { document: { document: 'code_of_conduct' as const, version: '3' } }
    : {}),
}));

function show(answer: EligibilityAnswer, language: (typeof SUPPORTED_LANGUAGES)[number]['code'] = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <EligibilityAnswerView answer={answer} />
    </I18nextProvider>,
  );
}

describe('the eligibility answer in words', () => {
  it('says eligible, for what, and until the earliest expiry', () => {
    show(ANSWER);
    expect(screen.getByTestId('eligibility-verdict').textContent).toBe('Eligible');
    expect(screen.getByTestId('eligibility-question').textContent).toContain('Mentoring');
    expect(screen.getByTestId('eligibility-question').textContent).toContain(formatDay('2026-12-01', 'en'));
    expect(screen.getByTestId('eligibility-until').textContent).toContain(formatDay('2027-02-28', 'en'));
    // A calendar day stays that day, whatever the reader's time zone.
    expect(formatDay('2027-02-28', 'en')).toMatch(/28/);
    expect(screen.queryByTestId('eligibility-reasons')).toBeNull();
  });

  it('says that nothing expires when no expiry bears on it', () => {
    show({ ...ANSWER, validUntil: null });
    expect(screen.getByTestId('eligibility-until').textContent).toBe(
      'Eligible; nothing that bears on it expires.',
    );
  });

  it('gives a monitoring body its own basis, without an expiry line', () => {
    show({ ...ANSWER, basis: 'monitoring_mandate', validUntil: null });
    expect(screen.getByTestId('eligibility-answer').textContent).toContain('formal monitoring body');
    expect(screen.queryByTestId('eligibility-until')).toBeNull();
  });

  it.each(SUPPORTED_LANGUAGES.map((language) => language.code))(
    'puts every reason in words in %s, with its date, course, document and status',
    (language) => {
      show({ ...ANSWER, eligible: false, validUntil: null, reasons: EVERY_REASON }, language);
      const items = within(screen.getByTestId('eligibility-reasons')).getAllByRole('listitem');
      expect(items.map((item) => item.dataset.code)).toEqual([...INELIGIBILITY_REASONS]);
      for (const item of items) {
        const text = item.textContent ?? '';
        // A missing key would show as the key itself; a missing argument as its name in braces.
        expect(text, item.dataset.code).not.toMatch(/registry\.|\{|\}/);
        expect(text.length, item.dataset.code).toBeGreaterThan(5);
      }
      const byCode = (code: string) => items.find((item) => item.dataset.code === code)?.textContent ?? '';
      expect(byCode('course_missing')).toContain('Data protection');
      expect(byCode('document_not_signed')).toContain('3');
      expect(byCode('vetting_expired')).toMatch(/2026/);
    },
  );

  it('names the status of an accreditation that is not yet granted', () => {
    show({
      ...ANSWER,
      eligible: false,
      validUntil: null,
      reasons: [{ code: 'organisation_not_accredited', status: 'under_review' }],
    });
    expect(screen.getByTestId('eligibility-reasons').textContent).toBe(
      'The organisation is not accredited (its accreditation: Under review).',
    );
  });
});
