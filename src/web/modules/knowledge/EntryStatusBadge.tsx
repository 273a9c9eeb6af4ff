import { ENTRY_STATUS_NAMES, type EntryStatus } from '../../../contracts/knowledge-taxonomy';
import classes from './knowledge.module.css';
import { useTaxonomyName } from './taxonomy-names';

/** Where an entry stands (inspiring, peer-reviewed, archived…), in words. */
export function EntryStatusBadge({ status }: { status: EntryStatus }) {
  const name = useTaxonomyName();
  return (
    <span className={classes.status} data-status={status} data-testid="entry-status">
      {name(ENTRY_STATUS_NAMES, status)}
    </span>
  );
}
