import { Modal } from '@mantine/core';
import { departmentSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Form, FormActions, TextField } from '../../../components/form';
import { useCreateDepartment } from '../api/create-department';
import { notifyDone } from '../../../lib/notify';

export interface DepartmentDialogProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (department: { id: string; name: string }) => void;
}

export function DepartmentDialog({ opened, onClose, onCreated }: DepartmentDialogProps) {
  const { t } = useTranslation();
  const [createDepartment] = useCreateDepartment();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.newDepartment')} centered>
      <Form
        schema={departmentSchema}
        defaultValues={{ name: '' }}
        label={t('users.newDepartment')}
        onSubmit={async ({ name }) => {
          const { data } = await createDepartment({ variables: { name } });
          if (data) {
            notifyDone(t('users.departmentCreated', { name: data.createDepartment.name }));
            onCreated(data.createDepartment);
            onClose();
          }
        }}
      >
        <TextField name="name" label={t('users.departmentName')} required data-autofocus />
        <FormActions mode="create" onBack={onClose} />
      </Form>
    </Modal>
  );
}
