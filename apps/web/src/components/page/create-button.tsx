import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface CreateButtonProps {
  /** The create page (with its presets: `/contacts/new?customerId=…`). */
  to: string;
  variant?: ButtonProps['variant'];
}

/** "Thêm mới": a link to a record's create page, a list's main action (the page's last button). */
export function CreateButton({ to, variant }: CreateButtonProps) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={to} variant={variant}>
      {t('common.add')}
    </Button>
  );
}
