import { Modal, SimpleGrid, Text } from '@mantine/core';
import { createCustomerSchema, type CreateCustomerData } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Form, FormActions, TextField } from '../../../components/form';

export interface NewCustomerDialogProps {
  onAdd: (customer: CreateCustomerData) => void;
  onClose: () => void;
}

/** "Thêm mới" in the customer picker (ACT-02): created with the activity, in the same transaction. */
export function NewCustomerDialog({ onAdd, onClose }: NewCustomerDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('activities.newCustomerTitle')} size="lg">
      <Form
        schema={createCustomerSchema}
        label={t('activities.newCustomerTitle')}
        defaultValues={{ name: '', phone: null, email: null, officeAddress: null }}
        onSubmit={async (values) => {
          onAdd(values);
          onClose();
        }}
      >
        <Text size="sm" c="dimmed">
          {t('activities.newCustomerHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextField name="name" label={t('customers.fields.name')} required autoComplete="off" />
          <TextField name="phone" label={t('customers.fields.phone')} type="tel" />
          <TextField name="email" label={t('customers.fields.email')} type="email" />
          <TextField name="officeAddress" label={t('customers.fields.officeAddress')} />
        </SimpleGrid>
        <FormActions mode="create" onBack={onClose} />
      </Form>
    </Modal>
  );
}
