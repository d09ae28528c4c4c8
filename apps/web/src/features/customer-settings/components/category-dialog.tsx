import { Modal } from '@mantine/core';
import { categoryNameSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Form, FormActions, TextField } from '../../../components/form';
import type { CategoryKind } from '../../../gql/graphql';
import { useCreateCategory } from '../api/create-category';
import { useUpdateCategory } from '../api/update-category';
import { notifyDone } from '../../../lib/notify';

export interface CategoryDialogProps {
  kind: CategoryKind;
  /** The category being renamed; a new one when absent. */
  category?: { id: string; name: string };
  onClose: () => void;
}

export function CategoryDialog({ kind, category, onClose }: CategoryDialogProps) {
  const { t } = useTranslation();
  const [createCategory] = useCreateCategory();
  const [updateCategory] = useUpdateCategory();
  const kindLabel = t(`customerSettings.kinds.${kind}`);
  const title = category
    ? t('customerSettings.editCategory', { kind: kindLabel.toLowerCase() })
    : t('customerSettings.addCategory', { kind: kindLabel.toLowerCase() });

  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Form
        schema={categoryNameSchema}
        defaultValues={{ name: category?.name ?? '' }}
        label={title}
        onSubmit={async ({ name }) => {
          if (category) {
            const { data } = await updateCategory({ variables: { id: category.id, name } });
            if (data) {
              notifyDone(t('customerSettings.categoryUpdated', { name: data.updateCategory.name }));
              onClose();
            }
            return;
          }
          const { data } = await createCategory({ variables: { kind, name } });
          if (data) {
            notifyDone(t('customerSettings.categoryCreated', { name: data.createCategory.name }));
            onClose();
          }
        }}
      >
        <TextField name="name" label={t('customerSettings.categoryName')} required data-autofocus />
        <FormActions mode={category ? 'edit' : 'create'} onBack={onClose} />
      </Form>
    </Modal>
  );
}
