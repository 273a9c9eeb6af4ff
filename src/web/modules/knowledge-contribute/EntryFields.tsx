import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ENTRY_KIND_NAMES,
  ENTRY_KINDS,
  type EntryKind,
  EVIDENCE_LEVEL_NAMES,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  FACILITY_TYPE_NAMES,
  FACILITY_TYPES,
  KNOWLEDGE_ACTOR_NAMES,
  KNOWLEDGE_ACTORS,
  KNOWLEDGE_LANGUAGES,
  type KnowledgeLanguage,
  LANGUAGE_NAMES,
  PREVENTION_LEVEL_NAMES,
  PREVENTION_LEVELS,
  REGION_NAMES,
  REGIONS,
  type Region,
  TARGET_GROUP_NAMES,
  TARGET_GROUPS,
  THEME_NAMES,
  THEMES,
} from '../../../contracts/knowledge-taxonomy';
import { CodeChoices } from './CodeChoices';
import { EntryTextFields } from './EntryTextFields';
import type { DraftField, EntryDraft } from './entry-draft';
import { GuidedText } from './GuidedText';
import classes from './knowledge-contribute.module.css';
import { codeChoices } from './knowledge-words';

export type DraftErrors = Partial<Record<DraftField, string>>;

/** One group of the long form, named by its legend. */
export function FormSection({
  legend,
  testId,
  children,
}: {
  legend: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={classes.section} data-testid={testId}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Every field of an entry, in groups: language and kind, the text in the language of writing, its
 * context, what it is about, when, who contributed, links. The language of writing is fixed once the
 * entry exists (other languages are translations).
 */
export function EntryFields({
  draft,
  onChange,
  errors,
  languageLocked,
}: {
  draft: EntryDraft;
  onChange: (change: Partial<EntryDraft>) => void;
  errors: DraftErrors;
  languageLocked: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <>
      <FormSection legend={t('knowledgeContribute.sections.basics')} testId="contribute-section-basics">
        <div className={classes.grid}>
          <NativeSelect
            label={t('knowledgeContribute.fields.language.label')}
            description={t('knowledgeContribute.fields.language.hint')}
            size="md"
            value={draft.language}
            disabled={languageLocked}
            error={errors.language}
            onChange={(event) => onChange({ language: event.currentTarget.value as KnowledgeLanguage })}
            data={KNOWLEDGE_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
            data-testid="contribute-language-input"
          />
          <NativeSelect
            label={t('knowledgeContribute.fields.kind.label')}
            description={t('knowledgeContribute.fields.kind.hint')}
            size="md"
            required
            value={draft.kind}
            error={errors.kind}
            onChange={(event) => onChange({ kind: event.currentTarget.value as EntryKind })}
            data={codeChoices(ENTRY_KINDS, ENTRY_KIND_NAMES, language)}
            data-testid="contribute-kind-input"
          />
        </div>
        <EntryTextFields
          text={draft}
          onChange={onChange}
          errors={errors}
          lang={draft.language}
          only={['title', 'summary']}
        />
      </FormSection>

      <FormSection legend={t('knowledgeContribute.sections.context')} testId="contribute-section-context">
        <div className={classes.grid}>
          <TextInput
            label={t('knowledgeContribute.fields.country.label')}
            description={t('knowledgeContribute.fields.country.hint')}
            size="md"
            autoComplete="off"
            maxLength={2}
            value={draft.country}
            error={errors.country}
            onChange={(event) => onChange({ country: event.currentTarget.value })}
            data-testid="contribute-country-input"
          />
          <NativeSelect
            label={t('knowledgeContribute.fields.region.label')}
            description={t('knowledgeContribute.fields.region.hint')}
            size="md"
            value={draft.region}
            error={errors.region}
            onChange={(event) => onChange({ region: event.currentTarget.value as Region | '' })}
            data={[
              { value: '', label: t('knowledgeContribute.fields.region.none') },
              ...codeChoices(REGIONS, REGION_NAMES, language),
            ]}
            data-testid="contribute-region-input"
          />
        </div>
        <CodeChoices
          legend={t('knowledgeContribute.fields.facilityTypes.label')}
          hint={t('knowledgeContribute.fields.facilityTypes.hint')}
          choices={codeChoices(FACILITY_TYPES, FACILITY_TYPE_NAMES, language)}
          value={draft.facilityTypes}
          onChange={(facilityTypes) => onChange({ facilityTypes })}
          error={errors.facilityTypes}
          testId="contribute-facility-types"
        />
        <EntryTextFields
          text={draft}
          onChange={onChange}
          errors={errors}
          lang={draft.language}
          only={['legalFramework']}
        />
      </FormSection>

      <FormSection legend={t('knowledgeContribute.sections.about')} testId="contribute-section-about">
        <CodeChoices
          legend={t('knowledgeContribute.fields.themes.label')}
          hint={t('knowledgeContribute.fields.themes.hint')}
          choices={codeChoices(THEMES, THEME_NAMES, language)}
          value={draft.themes}
          onChange={(themes) => onChange({ themes })}
          error={errors.themes}
          testId="contribute-themes"
        />
        <CodeChoices
          legend={t('knowledgeContribute.fields.targetGroups.label')}
          hint={t('knowledgeContribute.fields.targetGroups.hint')}
          choices={codeChoices(TARGET_GROUPS, TARGET_GROUP_NAMES, language)}
          value={draft.targetGroups}
          onChange={(targetGroups) => onChange({ targetGroups })}
          error={errors.targetGroups}
          testId="contribute-target-groups"
        />
        <CodeChoices
          legend={t('knowledgeContribute.fields.preventionLevels.label')}
          hint={t('knowledgeContribute.fields.preventionLevels.hint')}
          choices={codeChoices(PREVENTION_LEVELS, PREVENTION_LEVEL_NAMES, language)}
          value={draft.preventionLevels}
          onChange={(preventionLevels) => onChange({ preventionLevels })}
          error={errors.preventionLevels}
          testId="contribute-prevention-levels"
        />
        <CodeChoices
          legend={t('knowledgeContribute.fields.actors.label')}
          hint={t('knowledgeContribute.fields.actors.hint')}
          choices={codeChoices(KNOWLEDGE_ACTORS, KNOWLEDGE_ACTOR_NAMES, language)}
          value={draft.actors}
          onChange={(actors) => onChange({ actors })}
          error={errors.actors}
          testId="contribute-actors"
        />
      </FormSection>

      <FormSection legend={t('knowledgeContribute.sections.practice')} testId="contribute-section-practice">
        <EntryTextFields
          text={draft}
          onChange={onChange}
          errors={errors}
          lang={draft.language}
          only={['approach', 'resources', 'results', 'measurement']}
        />
        <NativeSelect
          label={t('knowledgeContribute.fields.evidenceLevel.label')}
          description={t('knowledgeContribute.fields.evidenceLevel.hint')}
          size="md"
          value={draft.evidenceLevel}
          error={errors.evidenceLevel}
          onChange={(event) => onChange({ evidenceLevel: event.currentTarget.value as EvidenceLevel })}
          data={codeChoices(EVIDENCE_LEVELS, EVIDENCE_LEVEL_NAMES, language)}
          data-testid="contribute-evidence-level-input"
        />
        <EntryTextFields
          text={draft}
          onChange={onChange}
          errors={errors}
          lang={draft.language}
          only={['lessons', 'sustainability']}
        />
        <div className={classes.grid}>
          <TextInput
            type="date"
            label={t('knowledgeContribute.fields.startedOn.label')}
            description={t('knowledgeContribute.fields.startedOn.hint')}
            size="md"
            value={draft.startedOn}
            error={errors.startedOn}
            onChange={(event) => onChange({ startedOn: event.currentTarget.value })}
            data-testid="contribute-started-on-input"
          />
          <TextInput
            type="date"
            label={t('knowledgeContribute.fields.endedOn.label')}
            description={t('knowledgeContribute.fields.endedOn.hint')}
            size="md"
            value={draft.endedOn}
            error={errors.endedOn}
            onChange={(event) => onChange({ endedOn: event.currentTarget.value })}
            data-testid="contribute-ended-on-input"
          />
        </div>
      </FormSection>

      <FormSection legend={t('knowledgeContribute.sections.people')} testId="contribute-section-people">
        <GuidedText
          label={t('knowledgeContribute.fields.contributorName.label')}
          hint={t('knowledgeContribute.fields.contributorName.hint')}
          value={draft.contributorName}
          onChange={(contributorName) => onChange({ contributorName })}
          error={errors.contributorName}
          testId="contribute-contributor-name-input"
        />
        <div className={classes.grid}>
          <GuidedText
            label={t('knowledgeContribute.fields.contactName.label')}
            hint={t('knowledgeContribute.fields.contactName.hint')}
            value={draft.contactName}
            onChange={(contactName) => onChange({ contactName })}
            error={errors.contactName}
            testId="contribute-contact-name-input"
          />
          <GuidedText
            label={t('knowledgeContribute.fields.contactEmail.label')}
            hint={t('knowledgeContribute.fields.contactEmail.hint')}
            value={draft.contactEmail}
            onChange={(contactEmail) => onChange({ contactEmail })}
            error={errors.contactEmail}
            testId="contribute-contact-email-input"
          />
        </div>
        <Checkbox
          size="md"
          label={t('knowledgeContribute.fields.contactConsent.label')}
          description={t('knowledgeContribute.fields.contactConsent.hint')}
          checked={draft.contactConsent}
          error={errors.contactConsent}
          onChange={(event) => onChange({ contactConsent: event.currentTarget.checked })}
          data-testid="contribute-contact-consent-input"
        />
        <GuidedText
          multiline
          label={t('knowledgeContribute.fields.links.label')}
          hint={t('knowledgeContribute.fields.links.hint')}
          value={draft.links}
          onChange={(links) => onChange({ links })}
          error={errors.links}
          testId="contribute-links-input"
        />
      </FormSection>
    </>
  );
}
