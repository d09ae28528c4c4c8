import { Button, Paper } from '@mantine/core';
import { updateCampaignSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Form, FormActions } from '../../../components/form';
import { Page, RecordFallback } from '../../../components/page';
import { useCampaign } from '../api/campaign';
import { useUpdateCampaign } from '../api/update-campaign';
import { useDeleteCampaignAction } from '../hooks/use-delete-campaign';
import { CampaignFormFields } from './campaign-form-fields';
import { notifyDone } from '../../../lib/notify';

/** Sửa chiến dịch → Cập nhật / Trở về, and Xóa (CMP-02, CMP-03). */
export function CampaignEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const backTo = params.get('back') === 'list' ? '/campaigns' : `/campaigns/${id}`;
  const { data, loading, error, refetch } = useCampaign(id);
  const [updateCampaign] = useUpdateCampaign();
  const deleteCampaign = useDeleteCampaignAction();
  const campaign = data?.campaign;
  if (!campaign) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        title={t('campaigns.editTitle')}
        notFound={t('campaigns.notFound')}
        back="/campaigns"
      />
    );
  }
  return (
    <Page
      title={`${t('campaigns.editTitle')}: ${campaign.name}`}
      actions={
        <Button
          color="red"
          variant="light"
          onClick={async () => {
            if (await deleteCampaign(campaign)) {
              void navigate('/campaigns');
            }
          }}
        >
          {t('campaigns.delete')}
        </Button>
      }
    >
      <Paper withBorder p="lg" maw={960}>
        <Form
          key={campaign.id}
          schema={updateCampaignSchema}
          label={t('campaigns.editTitle')}
          defaultValues={{
            name: campaign.name,
            code: campaign.code,
            type: campaign.type ?? null,
            startDate: campaign.startDate,
            endDate: campaign.endDate ?? null,
            executorId: campaign.executor?.id ?? null,
            description: campaign.description ?? null,
            goals: campaign.goals ?? null,
            budget: campaign.budget ?? null,
            expectedRevenue: campaign.expectedRevenue ?? null,
            actualRevenue: campaign.actualRevenue ?? null,
            expenses: campaign.expenses.map((e) => ({
              item: e.item,
              amount: e.amount,
              date: e.date ?? null,
            })),
            keyMap: campaign.keyMap.map((k) => ({ key: k.key, status: k.status })),
            version: campaign.version,
          }}
          onSubmit={async (values) => {
            const result = await updateCampaign({
              variables: { id: campaign.id, input: { ...values, version: campaign.version } },
            });
            if (result.data) {
              notifyDone(t('campaigns.updated', { name: result.data.updateCampaign.name }));
              void navigate(backTo);
            }
          }}
        >
          <CampaignFormFields />
          <FormActions mode="edit" onBack={() => void navigate(backTo)} />
        </Form>
      </Paper>
    </Page>
  );
}
