import { createCampaignSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form';

import { useCreateCampaign } from '../api/create-campaign';
import { CampaignFormFields } from './campaign-form-fields';

/** Marketing → Chiến dịch → Thêm mới → the required fields (*) → Lưu (CMP-01). */
export function CampaignCreatePage() {
  const { t } = useTranslation();
  const [createCampaign] = useCreateCampaign();
  return (
    <FormPage
      title={t('campaigns.createTitle')}
      mode="create"
      backTo="/campaigns"
      maw={960}
      schema={createCampaignSchema}
      defaultValues={{
        name: '',
        code: null,
        type: null,
        startDate: '',
        endDate: null,
        executorId: null,
        description: null,
        goals: null,
        budget: null,
        expectedRevenue: null,
        actualRevenue: null,
        expenses: [],
        keyMap: [],
      }}
      onSubmit={async (input) => {
        const { data } = await createCampaign({ variables: { input } });
        const created = data?.createCampaign;
        return (
          created && {
            notice: t('campaigns.created', { name: created.name }),
            to: `/campaigns/${created.id}`,
          }
        );
      }}
    >
      <CampaignFormFields />
    </FormPage>
  );
}
