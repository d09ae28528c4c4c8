import { Button, Group } from '@mantine/core';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export interface FormActionsProps {
  /** "Lưu" saves a new record, "Cập nhật" saves an edit (SPEC X-04). */
  mode: 'create' | 'edit';
  /** "Trở về": leave without saving. */
  onBack: () => void;
}

export function FormActions({ mode, onBack }: FormActionsProps) {
  const { t } = useTranslation();
  const { isSubmitting } = useFormState();
  return (
    <Group gap="sm" mt="sm">
      <Button type="submit" loading={isSubmitting}>
        {mode === 'create' ? t('common.save') : t('common.update')}
      </Button>
      <Button variant="default" onClick={onBack} disabled={isSubmitting}>
        {t('common.back')}
      </Button>
    </Group>
  );
}
