import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ACTIVITY_TYPES, quickActivitySchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Form, FormActions, SelectField, TextareaField, TextField } from '../../../components/form';
import { useCreateQuickActivity } from '../api/create-quick-activity';

export interface QuickActivityDialogProps {
  customer: { id: string; name: string };
  onClose: () => void;
}

/** CUS-11 "Thêm giao dịch nhanh": name, description, type; linked to the row's customer. */
export function QuickActivityDialog({ customer, onClose }: QuickActivityDialogProps) {
  const { t } = useTranslation();
  const [create] = useCreateQuickActivity();
  return (
    <Modal opened onClose={onClose} title={t('activities.quick.title', { name: customer.name })} size="lg">
      <Form
        schema={quickActivitySchema}
        label={t('activities.quick.action')}
        defaultValues={{ name: '', type: 'CALL', description: null }}
        onSubmit={async (values) => {
          const { data } = await create({ variables: { input: { ...values, customerIds: [customer.id] } } });
          if (data) {
            notifications.show({
              color: 'teal',
              message: t('activities.quick.created', { name: customer.name }),
            });
            onClose();
          }
        }}
      >
        <TextField
          name="name"
          label={t('activities.fields.name')}
          required
          autoComplete="off"
          data-autofocus
        />
        <SelectField
          name="type"
          label={t('activities.fields.type')}
          required
          data={ACTIVITY_TYPES.map((v) => ({ value: v, label: t(`activities.types.${v}`) }))}
        />
        <TextareaField name="description" label={t('activities.fields.description')} />
        <FormActions mode="create" onBack={onClose} />
      </Form>
    </Modal>
  );
}
