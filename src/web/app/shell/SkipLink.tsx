import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './shell.module.css';

/** The first tab stop: jumps past the header and navigation to the page's own content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();

  // Move focus ourselves so the URL keeps no `#main-content` and the router sees no navigation.
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView();
  }

  return (
    <a href={`#${targetId}`} onClick={skip} className={classes.skipLink}>
      {t('shell.skipToContent')}
    </a>
  );
}
