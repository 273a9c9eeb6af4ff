import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { CATALOGUES } from '../../locales/catalogues';
import { type DecisionDraft, decisionProblems, decisionRequestOf, initialDecision } from './decision-draft';
import { IDS, openDoors } from './registry-test-data';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const en = CATALOGUES.en.registry.errors;

const draft = (change: Partial<DecisionDraft>): DecisionDraft => ({
  ...initialDecision(openDoors()),
  ...change,
});

describe('the prison service’s decision before sending', () => {
  it('starts from the only status on offer, or none, and from the latest decision’s scope', () => {
    expect(initialDecision(openDoors()).status).toBe('');
    expect(initialDecision(openDoors({ nextStatuses: ['accredited'] })).status).toBe('accredited');
    expect(initialDecision(openDoors({ nextStatuses: ['applied'] })).status).toBe('');
    expect(initialDecision(openDoors()).requiresAgreement).toBe(true);
  });

  it('asks an accreditation for its period and scope, and a refusal for its reasons', () => {
    expect(decisionProblems(draft({ status: 'accredited' }), t).fields).toEqual({
      validFrom: en.dayRequired,
      validUntil: en.dayRequired,
      facilityIds: en.chooseAtLeastOne,
      interventionTypes: en.chooseAtLeastOne,
    });
    expect(
      decisionProblems(draft({ status: 'accredited', validFrom: '2026-05-01', validUntil: '2026-04-30' }), t)
        .fields.validUntil,
    ).toBe(en.endBeforeStart);
    expect(decisionProblems(draft({ status: 'refused', reasons: '  ' }), t).fields).toEqual({
      reasons: en.required,
    });
    expect(decisionProblems(draft({ status: 'under_review' }), t)).toEqual({ fields: {}, form: null });
  });

  it('sends only the fields its status takes', () => {
    const accredited = draft({
      status: 'accredited',
      validFrom: '2026-03-01',
      validUntil: '2027-02-28',
      facilityIds: [IDS.central],
      interventionTypes: ['sport'],
      reasons: 'Reviewed with the director.',
    });
    expect(decisionRequestOf({ ...accredited, status: 'accredited' })).toEqual({
      status: 'accredited',
      validFrom: '2026-03-01',
      validUntil: '2027-02-28',
      facilityIds: [IDS.central],
      interventionTypes: ['sport'],
      requiresAgreement: true,
      reasons: 'Reviewed with the director.',
    });
    // A refusal keeps nothing of a scope ticked before the status changed.
    expect(decisionRequestOf({ ...accredited, status: 'refused', reasons: ' Incomplete. ' })).toEqual({
      status: 'refused',
      reasons: 'Incomplete.',
    });
  });
});
