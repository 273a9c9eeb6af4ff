import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> · Pathways" in the current language, updating on language change. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: pageTitle });
  }, [pageTitle, t]);
}
