import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Entry } from '../../../contracts/knowledge';
import classes from './knowledge.module.css';
import { LIBRARY_ROUTES } from './library-routes';

/**
 * What the signed-in reader may do with the entry, as the server says (`actions`): links to the
 * contributor's and editor's screens. Hiding a link is a convenience; the server refuses anyway.
 */
export function EntryActions({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const can = (action: Entry['actions'][number]) => entry.actions.includes(action);
  const review =
    can('publish') || can('request_changes') || can('record_peer_review') || can('review_translation');
  if (!can('update') && !can('translate') && !review) return null;
  return (
    <nav
      aria-label={t('knowledge.entry.actionsLabel')}
      className={classes.actions}
      data-testid="entry-actions"
    >
      {can('update') && (
        <Link to={LIBRARY_ROUTES.edit(entry.id)} data-testid="entry-action-edit">
          {t('knowledge.entry.edit')}
        </Link>
      )}
      {can('translate') && (
        <Link to={LIBRARY_ROUTES.translate(entry.id)} data-testid="entry-action-translate">
          {t('knowledge.entry.translate')}
        </Link>
      )}
      {review && (
        <Link to={LIBRARY_ROUTES.review(entry.id)} data-testid="entry-action-review">
          {t('knowledge.entry.review')}
        </Link>
      )}
    </nav>
  );
}
