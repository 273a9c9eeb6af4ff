import { useTranslation } from 'react-i18next';
import type { ProfileContact } from '../../../contracts/registry-organisations';
import classes from './registry-record.module.css';

/**
 * The people to contact at the organisation (personal data: only the record's readers, whose reads
 * are audited, see them): name and role, with the e-mail and telephone as links to write or call.
 */
export function ProfileContacts({ contacts }: { contacts: readonly ProfileContact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <>{t('registry.record.notRecorded')}</>;
  return (
    <ul className={classes.inlineList}>
      {contacts.map((contact, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no identity but their place
        <li key={index} data-testid="registry-profile-contact-item">
          <bdi>{contact.name}</bdi>
          {contact.role && (
            <>
              {' — '}
              <bdi>{contact.role}</bdi>
            </>
          )}
          {contact.email && (
            <>
              {' · '}
              <a href={`mailto:${contact.email}`} dir="ltr">
                {contact.email}
              </a>
            </>
          )}
          {contact.phone && (
            <>
              {' · '}
              <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                {contact.phone}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
