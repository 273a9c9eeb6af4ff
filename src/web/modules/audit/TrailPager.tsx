import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface TrailPagerProps {
  pageNumber: number;
  hasOlder: boolean;
  onNewer: () => void;
  onOlder: () => void;
  pending: boolean;
}

/** Newer and older pages of a list that pages by cursor (no total is known, only whether more follow). */
export function TrailPager({ pageNumber, hasOlder, onNewer, onOlder, pending }: TrailPagerProps) {
  const { t } = useTranslation();
  if (pageNumber === 1 && !hasOlder) return null;
  return (
    <Group gap="sm" justify="space-between" data-testid="audit-pager" aria-busy={pending}>
      <Text data-testid="audit-page-number" data-page={pageNumber}>
        {t('audit.paging.page', { page: pageNumber })}
      </Text>
      <Group gap="sm">
        <Button
          variant="outline"
          size="md"
          onClick={onNewer}
          disabled={pageNumber === 1}
          data-testid="audit-page-newer"
        >
          {t('audit.paging.newer')}
        </Button>
        <Button
          variant="outline"
          size="md"
          onClick={onOlder}
          disabled={!hasOlder}
          data-testid="audit-page-older"
        >
          {t('audit.paging.older')}
        </Button>
      </Group>
    </Group>
  );
}
