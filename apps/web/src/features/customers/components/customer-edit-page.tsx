import {
  CUSTOMER_FIELDS,
  entries,
  fileKey,
  formatDateVi,
  parseDateVi,
  type UpdateCustomerValues,
} from '@sen/shared';
import type { CustomerDetailFragment } from '../../../gql/graphql';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormPage } from '../../../components/form';
import { PageLoader, RecordFallback } from '../../../components/page';
import { useCustomer } from '../api/customer';
import { useUpdateCustomer } from '../api/update-customer';
import { useCustomerFormSetup } from '../hooks/use-customer-form-setup';
import { CustomerFormFields } from './customer-form-fields';

/** The form's values of a saved customer, field by declared field (a category by its id). */
function savedValues(customer: CustomerDetailFragment): UpdateCustomerValues {
  const saved = customer as unknown as Record<string, unknown>;
  return Object.fromEntries(
    entries(CUSTOMER_FIELDS)
      .filter(([, f]) => f.kind !== 'user' && f.kind !== 'moment')
      .map(([key, f]) => {
        switch (f.kind) {
          case 'category':
            return [key, (saved[fileKey(key, f)] as { id: string } | null | undefined)?.id ?? null];
          case 'categories':
            return [key, customer.groups.map((g) => g.id)];
          default:
            return [key, saved[key] ?? null];
        }
      }),
  ) as UpdateCustomerValues;
}

/** Sửa khách hàng: "Cập nhật" / "Trở về"; the edit carries `version` (a stale one gets CONFLICT). */
export function CustomerEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useCustomer(id);
  const setup = useCustomerFormSetup();
  const [updateCustomer] = useUpdateCustomer();

  const customer = data?.customer;
  if (!customer) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        waiting={!setup.ready}
        title={t('customers.editTitle')}
        notFound={t('customers.notFound')}
        back="/customers"
      />
    );
  }
  if (!setup.ready) {
    return <PageLoader />;
  }
  const createdDay = parseDateVi(formatDateVi(customer.createdAt));

  return (
    <FormPage
      title={`${t('customers.editTitle')}: ${customer.name}`}
      subtitle={customer.code}
      mode="edit"
      backTo={`/customers/${id}`}
      maw={960}
      key={customer.id}
      schema={setup.updateSchema}
      label={t('customers.editTitle')}
      defaultValues={{
        ...savedValues(customer),
        createdAt: createdDay,
        version: customer.version,
      }}
      onSubmit={async ({ createdAt, code, level, ...values }) => {
        const newDay = createdAt ? parseDateVi(formatDateVi(createdAt)) : null;
        const input = {
          ...values,
          version: customer.version,
          // Unchanged level, code and date are left out: the server only judges real changes.
          ...(level && level !== customer.level ? { level } : {}),
          ...(setup.manualCode && code && code !== customer.code ? { code } : {}),
          ...(setup.manualCreatedDate && createdAt && newDay !== createdDay
            ? { createdAt: createdAt.toISOString() }
            : {}),
        };
        const result = await updateCustomer({ variables: { id: customer.id, input } });
        return result.data && { notice: t('customers.updated', { name: result.data.updateCustomer.name }) };
      }}
    >
      <CustomerFormFields
        mode="edit"
        manualCode={setup.manualCode}
        manualCreatedDate={setup.manualCreatedDate}
        required={setup.required}
        currentLevel={customer.level}
        canPickOwner={false}
        canAddGroup={setup.canAddGroup}
      />
    </FormPage>
  );
}
