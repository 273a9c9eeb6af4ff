import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoBanner } from './DemoBanner';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNavigation } from './MainNavigation';
import classes from './shell.module.css';
import { UserMenu } from './UserMenu';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className={classes.header}>
      <DemoBanner />
      <div className={classes.headerBar}>
        <div className={classes.brand}>
          {/* The product name stays in Latin script in every language; keep machine translation off it. */}
          <Link to="/" className={classes.brandName} translate="no">
            {t('app.name')}
          </Link>
          <span className={classes.tagline}>{t('app.tagline')}</span>
        </div>
        <MainNavigation />
        <div className={classes.headerEnd}>
          <UserMenu />
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
