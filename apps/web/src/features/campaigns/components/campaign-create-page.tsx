import { createCampaignSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormPage } from '../../../components/form';

import { useCreateCampaign } from '../api/create-campaign';
import { CampaignFormFields } from './campaign-form-fields';
import { notifyDone } from '../../../lib/notify';

/** Marketing → Chiến dịch → Thêm mới → the required fields (*) → Lưu (CMP-01). */
export function CampaignCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createCampaign] = useCreateCampaign();
  return (
    <FormPage
      title={t('campaigns.createTitle')}
      mode="create"
      onBack={() => void navigate('/campaigns')}
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
        if (data) {
          notifyDone(t('campaigns.created', { name: data.createCampaign.name }));
          void navigate(`/campaigns/${data.createCampaign.id}`);
        }
      }}
    >
      <CampaignFormFields />
    </FormPage>
  );
}
