import { Box, Button, Group, Stack, Tabs } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Page, PageLoader, RecordFallback } from '../../../components/page';
import { useCampaign } from '../api/campaign';
import { useDeleteCampaignAction } from '../hooks/use-delete-campaign';
import { AddMembersDialog } from './add-members-dialog';
import { CampaignInfoTab } from './campaign-info-tab';
import { CampaignMembersTab } from './campaign-members-tab';
import { CampaignTotals } from './campaign-totals';
import { CampaignStatusBadge } from './status-badge';

const CampaignCharts = lazy(() => import('./campaign-charts').then((m) => ({ default: m.CampaignCharts })));

const TABS = ['info', 'members', 'charts'] as const;
type Tab = (typeof TABS)[number];

/** Marketing → Chiến dịch → the campaign's name. */
export function CampaignDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = (TABS as readonly (string | null)[]).includes(raw) ? (raw as Tab) : 'members';
  const { data, loading, error, refetch } = useCampaign(id);
  const deleteCampaign = useDeleteCampaignAction();
  const [adding, setAdding] = useState(false);
  const c = data?.campaign;
  if (!c) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        title={t('campaigns.title')}
        notFound={t('campaigns.notFound')}
        back="/campaigns"
      />
    );
  }
  return (
    <Page
      back="/campaigns"
      title={c.name}
      subtitle={`${c.code}${c.executor ? ` · ${t('campaigns.fields.executor')}: ${c.executor.name}` : ''}`}
      actions={
        <Group gap="xs">
          <CampaignStatusBadge status={c.status} />
          {c.canManage ? (
            <>
              <Button variant="default" onClick={() => setAdding(true)}>
                {t('campaigns.addMembers')}
              </Button>
              <Button component={Link} to={`/campaigns/${c.id}/edit`}>
                {t('common.edit')}
              </Button>
              <Button
                color="red"
                variant="light"
                onClick={async () => {
                  if (await deleteCampaign(c)) {
                    void navigate('/campaigns');
                  }
                }}
              >
                {t('campaigns.delete')}
              </Button>
            </>
          ) : null}
        </Group>
      }
    >
      <Stack>
        <CampaignTotals stats={c.stats} />
        <Tabs
          value={tab}
          onChange={(next) => setParams(next && next !== 'members' ? { tab: next } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List>
            {TABS.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`campaigns.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Box mt="md">
            <Tabs.Panel value="info">
              <CampaignInfoTab campaign={c} />
            </Tabs.Panel>
            <Tabs.Panel value="members">
              <CampaignMembersTab campaignId={c.id} campaignCode={c.code} canManage={c.canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="charts">
              <Suspense fallback={<PageLoader />}>
                <CampaignCharts campaignId={c.id} />
              </Suspense>
            </Tabs.Panel>
          </Box>
        </Tabs>
      </Stack>
      {adding ? <AddMembersDialog campaignId={c.id} onClose={() => setAdding(false)} /> : null}
    </Page>
  );
}
