import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Entry, KNOWLEDGE_PATHS } from '../../../contracts/knowledge';
import { formatFileSize } from '../../i18n/format';
import { directionOf } from '../../i18n/languages';
import { Prose } from './EntryTextSections';
import classes from './knowledge.module.css';
import { LIBRARY_ROUTES } from './library-routes';
import { formatDay } from './place';
import { safeHref } from './safe-link';
import { useUiLanguage } from './taxonomy-names';

/** Contact (when there is one to show), links, attachments, peer reviews and related entries. */
export function EntryReferences({ entry, signedIn }: { entry: Entry; signedIn: boolean }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const links = entry.links
    .map((link) => ({ ...link, href: safeHref(link.url) }))
    .filter((link): link is typeof link & { href: string } => link.href !== null);
  const contact = entry.contact && (entry.contact.name || entry.contact.email) ? entry.contact : null;
  return (
    <>
      {contact && (
        <section className={classes.section} data-testid="entry-contact">
          <h2>{t('knowledge.entry.contact')}</h2>
          {contact.name && (
            <p dir="auto" data-testid="entry-contact-name">
              {contact.name}
            </p>
          )}
          {contact.email && (
            <p>
              <a
                href={`mailto:${encodeURIComponent(contact.email).replace('%40', '@')}`}
                data-testid="entry-contact-email"
              >
                <bdi>{contact.email}</bdi>
              </a>
            </p>
          )}
        </section>
      )}
      {links.length > 0 && (
        <section className={classes.section} data-testid="entry-links">
          <h2>{t('knowledge.entry.links')}</h2>
          <ul className={classes.linkList}>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} rel="noopener noreferrer" target="_blank" data-testid="entry-link">
                  <bdi dir="auto">{link.label}</bdi>
                </a>{' '}
                <span>{t('knowledge.entry.opensElsewhere')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.attachments.length > 0 && (
        <section className={classes.section} data-testid="entry-attachments">
          <h2>{t('knowledge.entry.attachments')}</h2>
          <ul className={classes.linkList}>
            {entry.attachments.map((attachment) => (
              <li key={attachment.id} data-testid="entry-attachment">
                {signedIn ? (
                  <a
                    href={KNOWLEDGE_PATHS.attachment(entry.id, attachment.id)}
                    download={attachment.fileName}
                  >
                    <bdi dir="auto">{attachment.fileName}</bdi>
                  </a>
                ) : (
                  <bdi dir="auto">{attachment.fileName}</bdi>
                )}{' '}
                <span>({formatFileSize(attachment.sizeBytes, language)})</span>
              </li>
            ))}
          </ul>
          {!signedIn && (
            <p data-testid="entry-attachments-sign-in">{t('knowledge.entry.attachmentsSignIn')}</p>
          )}
        </section>
      )}
      {entry.peerReviews.length > 0 && (
        <section className={classes.section} data-testid="entry-peer-reviews">
          <h2>{t('knowledge.entry.peerReviews')}</h2>
          {entry.peerReviews.map((review) => (
            <article key={review.id} data-testid="entry-peer-review">
              <h3 dir="auto">{review.reviewerName}</h3>
              <p dir="auto">{review.reviewerAffiliation}</p>
              <p>{t('knowledge.entry.reviewedOn', { date: formatDay(review.reviewedOn, language) })}</p>
              <Prose text={review.conclusion} />
            </article>
          ))}
        </section>
      )}
      {entry.related.length > 0 && (
        <section className={classes.section} data-testid="entry-related">
          <h2>{t('knowledge.entry.related')}</h2>
          <ul className={classes.linkList}>
            {entry.related.map((related) => (
              <li key={related.id}>
                <Link
                  to={LIBRARY_ROUTES.entry(related.id)}
                  lang={related.language}
                  dir={directionOf(related.language)}
                >
                  {related.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
