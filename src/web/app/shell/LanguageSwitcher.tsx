import { NativeSelect } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { safeLocalStorage, saveLanguage } from '../../i18n/language-preference';
import {
  DEFAULT_LANGUAGE,
  isSupportedLanguage,
  SUPPORTED_LANGUAGES,
  toSupportedLanguage,
} from '../../i18n/languages';

/** Each language offered by its own name, in its own script, and marked with its `lang`. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = toSupportedLanguage(i18n.resolvedLanguage) ?? DEFAULT_LANGUAGE;

  function chooseLanguage(event: ChangeEvent<HTMLSelectElement>) {
    const code = event.currentTarget.value;
    if (!isSupportedLanguage(code)) return;
    saveLanguage(code, safeLocalStorage());
    i18n.changeLanguage(code).catch((error: unknown) => {
      console.error(`Pathways: could not switch the interface to "${code}"`, error);
    });
  }

  return (
    <NativeSelect
      label={t('shell.languageLabel')}
      value={current}
      onChange={chooseLanguage}
      data-testid="language-switcher"
      size="sm"
      w={160}
    >
      {SUPPORTED_LANGUAGES.map((language) => (
        <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
          {language.nativeName}
        </option>
      ))}
    </NativeSelect>
  );
}
