import { useTranslation } from 'react-i18next';
import type { Translation } from '../../../contracts/knowledge';
import { TRANSLATION_ORIGIN_NAMES } from '../../../contracts/knowledge-taxonomy';
import { useTaxonomyName } from './taxonomy-names';

/** How a translation came to be, and whether an editor has reviewed it yet. */
export function TranslationOrigin({
  translation,
}: {
  translation: Pick<Translation, 'origin' | 'reviewedAt'>;
}) {
  const { t } = useTranslation();
  const name = useTaxonomyName();
  const origin = name(TRANSLATION_ORIGIN_NAMES, translation.origin);
  return (
    <span data-testid="translation-origin">
      {translation.reviewedAt === null ? t('knowledge.entry.originNotReviewed', { origin }) : origin}
    </span>
  );
}
