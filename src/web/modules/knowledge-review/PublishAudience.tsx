import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../contracts/knowledge';
import type { KnowledgeAudiences } from '../../../contracts/knowledge-audiences';
import type { FormProblems } from '../../app/forms/field-problems';
import { bidiIsolate } from '../../i18n/bidi';
import { CodeChoices } from '../knowledge-contribute/CodeChoices';
import classes from './knowledge-review.module.css';
import { useKnowledgeAudiences } from './review-api';

// Who a restricted entry is for, in the publication panel: the choices (organisations of the
// service, other services, from the editors' audiences endpoint) and, once published, who reads it now.

export type AudienceField = 'audienceOrganisationIds' | 'audienceTenantIds';

/**
 * The organisations of the service and the other services a restricted entry is shared with. None
 * ticked among the organisations means every signed-in user of the service; the services ticked
 * read it as well.
 */
export function AudienceChoices({
  organisationIds,
  tenantIds,
  onOrganisations,
  onTenants,
  problems,
}: {
  organisationIds: readonly string[];
  tenantIds: readonly string[];
  onOrganisations: (ids: string[]) => void;
  onTenants: (ids: string[]) => void;
  problems: FormProblems<AudienceField>;
}) {
  const { t } = useTranslation();
  const audiences = useKnowledgeAudiences(true);
  if (audiences.isPending)
    return (
      <p role="status" data-testid="review-publish-audiences-loading">
        {t('knowledgeReview.publish.audiencesLoading')}
      </p>
    );
  if (audiences.isError)
    return (
      <p role="alert" data-testid="review-publish-audiences-failed">
        {t('knowledgeReview.publish.audiencesFailed')}
      </p>
    );
  const { organisations, tenants } = audiences.data;
  return (
    <>
      <CodeChoices
        legend={t('knowledgeReview.publish.audienceOrganisations')}
        hint={t('knowledgeReview.publish.audienceOrganisationsHint')}
        choices={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        value={organisationIds}
        onChange={onOrganisations}
        error={problems.fields.audienceOrganisationIds}
        testId="review-publish-organisations"
      />
      {tenants.length > 0 || problems.fields.audienceTenantIds ? (
        <CodeChoices
          legend={t('knowledgeReview.publish.audienceTenants')}
          hint={t('knowledgeReview.publish.audienceTenantsHint')}
          choices={tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }))}
          value={tenantIds}
          onChange={onTenants}
          error={problems.fields.audienceTenantIds}
          testId="review-publish-tenants"
        />
      ) : (
        <p data-testid="review-publish-no-other-services">{t('knowledgeReview.publish.noOtherServices')}</p>
      )}
    </>
  );
}

/** Names for ids, in a list of the reader's language; an id the audiences do not name (gone since) as it is. */
function namesOf(ids: readonly string[], known: readonly { id: string; name: string }[], language: string) {
  const names = ids.map((id) => bidiIsolate(known.find((each) => each.id === id)?.name ?? id));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
}

/** Who may read the published restricted entry now, as saved (the choices above may differ until sent). */
export function CurrentAudience({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const audiences = useKnowledgeAudiences(true);
  // Without the names there is nothing readable to say (ids are not); the choices say it failed.
  if (!audiences.data) return null;
  const known: KnowledgeAudiences = audiences.data;
  return (
    <div data-testid="review-publish-audience-now">
      <p className={classes.intro}>{t('knowledgeReview.publish.audienceNow')}</p>
      <ul>
        <li data-testid="review-publish-audience-now-organisations">
          {entry.audienceOrganisationIds.length > 0
            ? t('knowledgeReview.publish.audienceNowOrganisations', {
                names: namesOf(entry.audienceOrganisationIds, known.organisations, language),
              })
            : t('knowledgeReview.publish.audienceNowWholeService')}
        </li>
        {entry.audienceTenantIds.length > 0 && (
          <li data-testid="review-publish-audience-now-tenants">
            {t('knowledgeReview.publish.audienceNowTenants', {
              names: namesOf(entry.audienceTenantIds, known.tenants, language),
            })}
          </li>
        )}
      </ul>
    </div>
  );
}
