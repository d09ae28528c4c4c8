import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CustomerPickerField,
  DateField,
  OwnerField,
  SelectField,
  TextareaField,
} from '../../../components/form';
import type { SalesCustomerQuery } from '../../../gql/graphql';
import { useSalesCustomer } from '../api/sales-customer';
import { LinesEditor } from './lines-editor';

export interface DocumentFieldsProps {
  /** The document date's label ("Ngày báo giá", "Ngày đặt hàng"). */
  dateLabel: string;
  /** Fields between the date and the contact. */
  beforeContact?: ReactNode;
  /** Fields after the contact, given the chosen customer (its contacts and open opportunities). */
  afterContact?: (customer: SalesCustomerQuery | undefined) => ReactNode;
  /** Fields that also refer to the customer: emptied, with the contact, when another one is picked. */
  customerLinked?: string[];
  /** The note under the lines (`terms`, `notes`). */
  note: { name: string; label: string };
  canPickOwner: boolean;
}

/**
 * The fields a sales document with lines (a quote, an order) shares: the customer and the date,
 * the customer's contact, the owner for those who may pick one, the lines, a note.
 */
export function DocumentFields({
  dateLabel,
  beforeContact,
  afterContact,
  customerLinked = [],
  note,
  canPickOwner,
}: DocumentFieldsProps) {
  const { t } = useTranslation();
  const { setValue } = useFormContext();
  const customerId = useWatch({ name: 'customerId' }) as string | null;
  const customer = useSalesCustomer(customerId || null).data;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <CustomerPickerField
          name="customerId"
          label={t('sales.fields.customer')}
          required
          onPicked={() => {
            for (const name of ['contactId', ...customerLinked]) {
              setValue(name, null);
            }
          }}
        />
        <DateField name="date" label={dateLabel} required />
        {beforeContact}
        <SelectField
          name="contactId"
          label={t('sales.fields.contact')}
          data={(customer?.customer?.contacts.nodes ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
        {afterContact?.(customer)}
        {canPickOwner ? <OwnerField label={t('sales.fields.owner')} required /> : null}
      </SimpleGrid>
      <LinesEditor />
      <TextareaField name={note.name} label={note.label} />
    </>
  );
}
