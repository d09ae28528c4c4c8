import { Modal } from '@mantine/core';
import { categoryNameSchema } from '@sen/shared';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldWithAdd, Form, FormActions, TextField } from '../../../components/form';
import { useCreateCustomerGroup } from '../api/create-customer-group';
import { useCustomerGroups } from '../api/customer-groups';
import { MultiSelectField } from '../../../components/form';
import { notifyDone } from '../../../lib/notify';

export interface GroupFieldProps {
  required?: boolean;
  /** Admins may add a missing group without leaving the form (CUS-12). */
  canAdd: boolean;
}

export function GroupField({ required, canAdd }: GroupFieldProps) {
  const { t } = useTranslation();
  const { data } = useCustomerGroups();
  const { getValues, setValue } = useFormContext();
  const [adding, setAdding] = useState(false);
  const [createGroup] = useCreateCustomerGroup();
  const options = (data?.customerGroups ?? []).map((g) => ({ value: g.id, label: g.name }));

  return (
    <>
      <FieldWithAdd addLabel={canAdd ? t('customers.newGroup') : undefined} onAdd={() => setAdding(true)}>
        <MultiSelectField
          name="groupIds"
          label={t('customers.fields.groups')}
          data={options}
          searchable
          clearable
          required={required}
          nothingFoundMessage={t('customers.noGroup')}
          style={{ flex: 1 }}
        />
      </FieldWithAdd>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('customers.newGroup')} centered>
        <Form
          schema={categoryNameSchema}
          defaultValues={{ name: '' }}
          label={t('customers.newGroup')}
          onSubmit={async ({ name }) => {
            const { data: created } = await createGroup({ variables: { name } });
            if (created) {
              const group = created.createCustomerGroup;
              notifyDone(t('customers.groupCreated', { name: group.name }));
              const current = (getValues('groupIds') as string[] | undefined) ?? [];
              setValue('groupIds', [...current, group.id], { shouldDirty: true });
              setAdding(false);
            }
          }}
        >
          <TextField name="name" label={t('customers.groupName')} required data-autofocus />
          <FormActions mode="create" onBack={() => setAdding(false)} />
        </Form>
      </Modal>
    </>
  );
}
