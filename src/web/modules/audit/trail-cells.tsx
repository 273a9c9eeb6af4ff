import { Anchor, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './audit.module.css';
import { subjectTypeLabel } from './audit-labels';
import type { AuditEventItem } from './audit-types';

// The cells the trail's tables share. Names are in their own script inside <bdi>; ids are shown left
// to right, in full (an inquiry quotes them), broken anywhere rather than widening the table.

/** An id as the trail holds it: monospace, left to right, never reordered on an Arabic page. */
export function Identifier({ value }: { value: string }) {
  return (
    <span dir="ltr" className={classes.identifier}>
      {value}
    </span>
  );
}

/** Where a name links to: the same list, narrowed to that user or organisation. */
export type FilterLink = (filter: 'actorUserId' | 'actorOrganisationId', id: string) => string;

/** Who acted: their name, linked to their other entries; or that nobody was signed in. */
export function ActorCell({ item, filterLink }: { item: AuditEventItem; filterLink: FilterLink }) {
  const { t } = useTranslation();
  const actor = item.actor;
  if (!actor?.userId) return <span className={classes.muted}>{t('audit.table.anonymous')}</span>;
  return (
    <Anchor component={Link} to={filterLink('actorUserId', actor.userId)} data-testid="audit-actor-link">
      <bdi>{actor.displayName ?? t('audit.table.unknownUser')}</bdi>
      <VisuallyHidden>{t('audit.table.onlyThisUser')}</VisuallyHidden>
    </Anchor>
  );
}

export function OrganisationCell({ item, filterLink }: { item: AuditEventItem; filterLink: FilterLink }) {
  const { t } = useTranslation();
  const organisationId = item.actor?.organisationId;
  if (!organisationId) return <span className={classes.muted}>{t('audit.table.noOrganisation')}</span>;
  return (
    <Anchor component={Link} to={filterLink('actorOrganisationId', organisationId)}>
      <bdi>{item.actor?.organisationName ?? t('audit.table.unknownOrganisation')}</bdi>
      <VisuallyHidden>{t('audit.table.onlyThisOrganisation')}</VisuallyHidden>
    </Anchor>
  );
}

/** What the entry is about, and its plain facts folded away: its place in the chain, the request, details. */
export function SubjectCell({ item }: { item: AuditEventItem }) {
  const { t } = useTranslation();
  const facts: [label: string, value: string][] = [
    [t('audit.table.sequence'), String(item.seq)],
    ...(item.requestId ? [[t('audit.table.requestId'), item.requestId] as [string, string]] : []),
    ...Object.entries(item.details).map(([key, value]): [string, string] => [key, String(value)]),
  ];
  return (
    <>
      {item.subject ? (
        <span className={classes.subject}>
          {subjectTypeLabel(t, item.subject.type)}
          {item.subject.id && <Identifier value={item.subject.id} />}
        </span>
      ) : (
        <span className={classes.muted}>{t('audit.table.noSubject')}</span>
      )}
      <details className={classes.details}>
        <summary>{t('audit.table.details')}</summary>
        <dl className={classes.detailList}>
          {facts.map(([label, value]) => (
            <div key={label} className={classes.detailPair}>
              <dt>{label}</dt>
              <dd>
                <Identifier value={value} />
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

/** The person concerned, linked to their "who has seen this record" report. */
export function PersonCell({ personId }: { personId: string | null }) {
  const { t } = useTranslation();
  if (!personId) return <span className={classes.muted}>{t('audit.table.noPerson')}</span>;
  return (
    <Anchor
      component={Link}
      to={`/audit/people/${encodeURIComponent(personId)}`}
      data-testid="audit-person-link"
      data-person-id={personId}
    >
      <Identifier value={personId} />
      <VisuallyHidden>{t('audit.table.accessReportOf')}</VisuallyHidden>
    </Anchor>
  );
}

/** A break-glass reason as the user typed it, in its own direction. */
export function Reason({ text }: { text: string | null }) {
  const { t } = useTranslation();
  if (!text) return <span className={classes.muted}>{t('audit.table.noReason')}</span>;
  return (
    <bdi dir="auto" className={classes.reason}>
      {text}
    </bdi>
  );
}
