import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { SUPPORTED_LANGUAGES } from '../../i18n/languages';
import { usePlatformInfo } from '../platform/platform-api';
import classes from './shell.module.css';

export function SiteFooter() {
  const { t, i18n } = useTranslation();
  const { data: platform } = usePlatformInfo();
  const [today] = useState(() => new Date());
  const language = i18n.resolvedLanguage ?? i18n.language;

  return (
    <footer className={classes.footer}>
      <div className={classes.footerInner}>
        <p>{t('footer.purpose')}</p>
        <p>{t('footer.languagesAvailable', { count: SUPPORTED_LANGUAGES.length })}</p>
        <p>
          <time dateTime={isoLocalDate(today)}>
            {t('footer.today', { date: formatDate(today, language) })}
          </time>
        </p>
        {platform && (
          <p data-testid="platform-version">{t('footer.version', { version: platform.version })}</p>
        )}
      </div>
    </footer>
  );
}

/** `YYYY-MM-DD` of the user's own calendar day (toISOString would give the UTC day). */
function isoLocalDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
