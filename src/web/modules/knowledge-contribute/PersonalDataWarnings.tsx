import { useTranslation } from 'react-i18next';
import {
  type EntryTextField,
  isEntryTextField,
  type PersonalDataWarning,
} from '../../../contracts/knowledge';
import { Notice } from '../../app/ui/Notice';
import { languageName } from '../../i18n/format';
import { useTextWords } from './EntryTextFields';
import { TEXT_FIELDS, type TextField } from './entry-draft';
import classes from './knowledge-contribute.module.css';

/** The kind of thing the check found, in words. */
function useWarningKinds(): Record<PersonalDataWarning['kind'], string> {
  const { t } = useTranslation();
  return {
    person_name: t('knowledgeContribute.warnings.kinds.personName'),
    identity_number: t('knowledgeContribute.warnings.kinds.identityNumber'),
    date_of_birth: t('knowledgeContribute.warnings.kinds.dateOfBirth'),
    case_reference: t('knowledgeContribute.warnings.kinds.caseReference'),
    email_or_phone: t('knowledgeContribute.warnings.kinds.emailOrPhone'),
  };
}

/**
 * What the server's personal-data check found: text that looks like case data about a person in
 * custody. Shown prominently, with where it is and a few words around it, so the writer can remove it.
 */
export function PersonalDataWarnings({ warnings }: { warnings: readonly PersonalDataWarning[] }) {
  const { t, i18n } = useTranslation();
  const reader = i18n.resolvedLanguage ?? i18n.language;
  const kinds = useWarningKinds();
  const fields = useTextWords();
  if (warnings.length === 0) return null;
  // A translation's field by its label; the links' labels and the peer reviews' conclusions, kept
  // outside the translations, by their own words.
  const entryFields: Record<EntryTextField, string> = {
    links: t('knowledgeContribute.warnings.fields.links'),
    peerReviews: t('knowledgeContribute.warnings.fields.peerReviews'),
  };
  const fieldName = (field: string) => {
    if ((TEXT_FIELDS as readonly string[]).includes(field)) return fields[field as TextField].label;
    return isEntryTextField(field) ? entryFields[field] : field;
  };
  return (
    <Notice
      tone="error"
      role="status"
      title={t('knowledgeContribute.warnings.title')}
      data-testid="personal-data-warnings"
    >
      <p>{t('knowledgeContribute.warnings.intro')}</p>
      <ul className={classes.warnings}>
        {warnings.map((warning) => (
          <li
            key={`${warning.language}-${warning.field}-${warning.kind}-${warning.excerpt}`}
            data-testid="personal-data-warning"
            data-kind={warning.kind}
          >
            {t('knowledgeContribute.warnings.item', {
              kind: kinds[warning.kind],
              field: fieldName(warning.field),
              // In the reader's words ("French", «الفرنسية»), not the language's own name.
              language: languageName(warning.language, reader),
            })}{' '}
            {/* The quotation marks are the reader's, in the reader's direction; only the words
                inside are isolated in their own language and direction, so that an English excerpt
                in an Arabic line keeps its marks at its two ends. */}
            <q>
              <bdi lang={warning.language}>{warning.excerpt}</bdi>
            </q>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
