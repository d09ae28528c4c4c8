import { createActivitySchema, type CreateCustomerData } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormPage } from '../../../components/form';
import { PageLoader } from '../../../components/page';
import { useActivityCustomer } from '../api/activity-customer';
import { useViewer } from '../../../lib/viewer';
import { useCreateActivity } from '../api/create-activity';
import { ActivityFormFields } from './activity-form-fields';
import { iso, safeBack } from './safe-back';

/** Thêm mới giao dịch (ACT-01, ACT-02): `?customerId=` presets a customer, `?back=` where to return. */
export function ActivityCreatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const viewer = useViewer();
  const [createActivity] = useCreateActivity();
  const [newCustomers, setNewCustomers] = useState<CreateCustomerData[]>([]);
  const backTo = safeBack(params.get('back'), '/activities');
  const preset = params.get('customerId');
  const presetQuery = useActivityCustomer(preset);
  const presetCustomer = presetQuery.data?.customer ?? null;

  if (presetQuery.loading) {
    return <PageLoader />;
  }
  return (
    <FormPage
      title={t('activities.createTitle')}
      mode="create"
      backTo={backTo}
      maw={960}
      schema={createActivitySchema}
      defaultValues={{
        name: '',
        type: 'CALL',
        status: 'PLANNED',
        priority: 'NORMAL',
        description: null,
        startAt: null,
        dueAt: null,
        assigneeId: viewer.id,
        participantIds: [],
        customerIds: preset ? [preset] : [],
      }}
      onSubmit={async (input) => {
        const { data } = await createActivity({
          variables: {
            input: {
              ...input,
              startAt: iso(input.startAt),
              dueAt: iso(input.dueAt),
              // The created date of an inline customer is always automatic.
              newCustomers: newCustomers.map(({ createdAt: _auto, ...c }) => c),
            },
          },
        });
        return data && { notice: t('activities.created', { name: data.createActivity.name }) };
      }}
    >
      <ActivityFormFields
        initialCustomers={presetCustomer ? [presetCustomer] : []}
        newCustomers={newCustomers}
        onNewCustomersChange={setNewCustomers}
      />
    </FormPage>
  );
}
