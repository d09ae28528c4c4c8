import { CUSTOMER_FIELDS, formDefaultsOf } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormPage } from '../../../components/form';
import { PageLoader } from '../../../components/page';
import { useCreateCustomer } from '../api/create-customer';
import { useCustomerFormSetup } from '../hooks/use-customer-form-setup';
import { CustomerFormFields } from './customer-form-fields';

/** Thêm mới khách hàng (CUS-01); `?name=` comes from Tra cứu when nothing was found. */
export function CustomerCreatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const setup = useCustomerFormSetup();
  const [createCustomer] = useCreateCustomer();

  if (!setup.ready || !setup.viewer) {
    return <PageLoader />;
  }

  return (
    <FormPage
      title={t('customers.createTitle')}
      mode="create"
      backTo={-1}
      maw={960}
      schema={setup.createSchema}
      defaultValues={{
        ...formDefaultsOf(CUSTOMER_FIELDS),
        // A new customer is NEW (CUS-01): the level is not offered.
        level: undefined,
        name: params.get('name') ?? '',
        ownerId: setup.viewer.id,
      }}
      onSubmit={async ({ createdAt, code, ...values }) => {
        const input = {
          ...values,
          ...(setup.manualCode ? { code } : {}),
          ...(setup.manualCreatedDate && createdAt ? { createdAt: createdAt.toISOString() } : {}),
        };
        const { data } = await createCustomer({ variables: { input } });
        const created = data?.createCustomer;
        return (
          created && {
            notice: t('customers.created', { name: created.name }),
            to: `/customers/${created.id}`,
            replace: true,
          }
        );
      }}
    >
      <CustomerFormFields
        mode="create"
        manualCode={setup.manualCode}
        manualCreatedDate={setup.manualCreatedDate}
        codeExample={setup.codeExample}
        required={setup.required}
        canPickOwner={setup.canPickOwner}
        canAddGroup={setup.canAddGroup}
      />
    </FormPage>
  );
}
