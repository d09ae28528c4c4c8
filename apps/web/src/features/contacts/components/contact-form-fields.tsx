import { SimpleGrid } from '@mantine/core';
import { GENDERS } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { CheckboxField, DateField, SelectField, TextField } from '../../../components/form';
import { useContactStatuses } from '../api/contact-statuses';
import { useUserOptions } from '../../../lib/user-options';
import { CustomerPickerField } from './customer-picker-field';
import { TextareaField } from '../../../components/form';

export interface ContactFormFieldsProps {
  /** DUP-01 required fields, marked `*`. */
  required: ReadonlySet<string>;
  canPickOwner: boolean;
}

/** The fields of CON-01, shared by "Thêm mới" and "Sửa". */
export function ContactFormFields({ required, canPickOwner }: ContactFormFieldsProps) {
  const { t } = useTranslation();
  const statuses = (useContactStatuses().data?.categories ?? []).map((s) => ({ value: s.id, label: s.name }));
  const users = useUserOptions().options;
  const req = (field: string) => required.has(field);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <TextField name="name" label={t('contacts.fields.name')} required autoComplete="off" />
        <CustomerPickerField
          name="customerId"
          label={t('contacts.fields.customer')}
          required={req('customerId')}
        />
        <TextField name="title" label={t('contacts.fields.title')} required={req('title')} />
        <SelectField
          name="gender"
          label={t('contacts.fields.gender')}
          data={GENDERS.map((g) => ({ value: g, label: t(`contacts.genders.${g}`) }))}
          required={req('gender')}
        />
        <TextField name="mobile" label={t('contacts.fields.mobile')} type="tel" required={req('mobile')} />
        <TextField name="email" label={t('contacts.fields.email')} type="email" required={req('email')} />
        <DateField name="birthday" label={t('contacts.fields.birthday')} required={req('birthday')} />
        <TextField name="address" label={t('contacts.fields.address')} required={req('address')} />
        <SelectField name="statusId" label={t('contacts.fields.status')} data={statuses} />
        {canPickOwner ? (
          <SelectField name="ownerId" label={t('contacts.fields.owner')} data={users} searchable />
        ) : null}
      </SimpleGrid>
      <CheckboxField
        name="isPrimary"
        label={t('contacts.fields.isPrimary')}
        description={t('contacts.primaryHint')}
      />
      <TextareaField name="notes" label={t('contacts.fields.notes')} />
    </>
  );
}
