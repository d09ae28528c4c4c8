import { SimpleGrid } from '@mantine/core';
import { ACTIVITY_PRIORITIES, ACTIVITY_STATUSES, ACTIVITY_TYPES, type CreateCustomerData } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { MultiSelectField, SelectField, TextareaField, TextField } from '../../../components/form';
import { useUserOptions } from '../../../lib/user-options';
import { CustomersField } from './customers-field';
import { DateTimeField } from './date-time-field';

export interface ActivityFormFieldsProps {
  initialCustomers: { id: string; code: string; name: string }[];
  newCustomers?: CreateCustomerData[];
  onNewCustomersChange?: (customers: CreateCustomerData[]) => void;
}

/** ACT-01 fields, shared by "Thêm mới" and "Sửa". */
export function ActivityFormFields({
  initialCustomers,
  newCustomers,
  onNewCustomersChange,
}: ActivityFormFieldsProps) {
  const { t } = useTranslation();
  const users = useUserOptions().options;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <TextField name="name" label={t('activities.fields.name')} required autoComplete="off" />
        <SelectField
          name="type"
          label={t('activities.fields.type')}
          required
          data={ACTIVITY_TYPES.map((v) => ({ value: v, label: t(`activities.types.${v}`) }))}
        />
        <SelectField
          name="status"
          label={t('activities.fields.status')}
          clearable={false}
          allowDeselect={false}
          data={ACTIVITY_STATUSES.map((v) => ({ value: v, label: t(`activities.statuses.${v}`) }))}
        />
        <SelectField
          name="priority"
          label={t('activities.fields.priority')}
          clearable={false}
          allowDeselect={false}
          data={ACTIVITY_PRIORITIES.map((v) => ({ value: v, label: t(`activities.priorities.${v}`) }))}
        />
        <DateTimeField name="startAt" label={t('activities.fields.startAt')} />
        <DateTimeField name="dueAt" label={t('activities.fields.dueAt')} />
        <SelectField name="assigneeId" label={t('activities.fields.assignee')} data={users} searchable />
        <MultiSelectField
          name="participantIds"
          label={t('activities.fields.participants')}
          data={users}
          searchable
        />
      </SimpleGrid>
      <CustomersField
        name="customerIds"
        initial={initialCustomers}
        newCustomers={newCustomers}
        onNewCustomersChange={onNewCustomersChange}
      />
      <TextareaField name="description" label={t('activities.fields.description')} />
    </>
  );
}
