import {
  Anchor,
  Button,
  CloseButton,
  Group,
  Paper,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { formatDateVi } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, useErrorMessage } from '../../../components/page';
import type { CareCardRowFragment } from '../../../gql/graphql';
import { useCareOptions, useCareSidePanel, useUpdateCareCard } from '../api/care-cards';
import { notifyDone, notifyFailed } from '../../../lib/notify';

export interface CareSidePanelProps {
  card: CareCardRowFragment;
  onClose: () => void;
}

const docLink = (typename: string, id: string) =>
  typename === 'Opportunity'
    ? `/opportunities/${id}`
    : typename === 'Order'
      ? `/orders/${id}`
      : `/invoices/${id}`;

/** CARE-05: the selected card's customer — Hoạt động, Mua hàng, Chăm sóc (quick edit), Lịch sử. */
export function CareSidePanel({ card, onClose }: CareSidePanelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data, error, refetch } = useCareSidePanel(card.customer.id);
  const options = useCareOptions().data;
  const [update, { loading }] = useUpdateCareCard();
  const [care, setCare] = useState({
    id: card.id,
    channel: card.channel ?? null,
    satisfaction: card.satisfaction ?? null,
    result: card.result ?? '',
  });
  if (care.id !== card.id) {
    setCare({
      id: card.id,
      channel: card.channel ?? null,
      satisfaction: card.satisfaction ?? null,
      result: card.result ?? '',
    });
  }
  const empty = (
    <Text size="sm" c="dimmed">
      {t('table.empty')}
    </Text>
  );
  return (
    <Paper withBorder p="sm" component="aside" aria-label={t('care.panel.title')}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <div>
          <Title order={4}>{card.customer.name}</Title>
          <Text size="xs" c="dimmed">
            {card.customer.code} · {card.code}
          </Text>
        </div>
        <CloseButton aria-label={t('care.panel.close')} onClick={onClose} />
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Tabs defaultValue="activities" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="activities">{t('care.panel.activities')}</Tabs.Tab>
          <Tabs.Tab value="purchases">{t('care.panel.purchases')}</Tabs.Tab>
          <Tabs.Tab value="care">{t('care.panel.care')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('care.panel.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="activities" pt="xs">
          <Stack gap={4}>
            {data?.activities.nodes.map((a) => (
              <Text key={a.id} size="sm">
                <Anchor component={Link} to={`/activities/${a.id}`}>
                  {a.name}
                </Anchor>{' '}
                · {t(`activities.types.${a.type}`)} · {t(`activities.statuses.${a.status}`)}
              </Text>
            ))}
            {data?.customerCampaigns.map((m) => (
              <Text key={m.id} size="sm">
                <Anchor component={Link} to={`/campaigns/${m.campaign.id}`}>
                  {m.campaign.name}
                </Anchor>{' '}
                · {t('care.panel.campaign')}
              </Text>
            ))}
            {data && data.activities.nodes.length + data.customerCampaigns.length === 0 ? empty : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="purchases" pt="xs">
          <Stack gap={4}>
            {data?.customerSalesDocuments.nodes.map((d) =>
              d.__typename === 'Opportunity' || d.__typename === 'Order' || d.__typename === 'Invoice' ? (
                <Text key={d.id} size="sm">
                  {t(`care.panel.kinds.${d.__typename}`)}{' '}
                  <Anchor component={Link} to={docLink(d.__typename, d.id)}>
                    {'code' in d ? `${d.code} ${d.name}` : d.number}
                  </Anchor>
                  {'date' in d ? ` · ${formatDateVi(d.date)}` : ''}
                </Text>
              ) : null,
            )}
            {data && data.customerSalesDocuments.nodes.length === 0 ? empty : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="care" pt="xs">
          <Stack gap="xs">
            <Select
              label={t('care.fields.channel')}
              data={(options?.channels ?? []).map((c) => c.name)}
              value={care.channel}
              onChange={(channel) => setCare({ ...care, channel })}
              clearable
            />
            <Select
              label={t('care.fields.satisfaction')}
              data={(options?.satisfactions ?? []).map((c) => c.name)}
              value={care.satisfaction}
              onChange={(satisfaction) => setCare({ ...care, satisfaction })}
              clearable
            />
            <Textarea
              label={t('care.fields.result')}
              value={care.result}
              onChange={(e) => setCare({ ...care, result: e.currentTarget.value })}
            />
            <Group justify="flex-end">
              <Button
                loading={loading}
                onClick={async () => {
                  try {
                    await update({
                      variables: {
                        id: card.id,
                        input: {
                          channel: care.channel,
                          satisfaction: care.satisfaction,
                          result: care.result,
                          version: card.version,
                        },
                      },
                    });
                    notifyDone(t('care.updated', { code: card.code }));
                  } catch (e) {
                    notifyFailed(errorMessage(e));
                  }
                }}
              >
                {t('common.update')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="xs">
          <Stack gap={4}>
            {data?.careCards.nodes.map((c) => (
              <Text key={c.id} size="sm">
                <Anchor component={Link} to={`/care-cards/${c.id}`}>
                  {c.code}
                </Anchor>
                {c.careDate ? ` · ${formatDateVi(c.careDate)}` : ''}
                {c.channel ? ` · ${c.channel}` : ''}
                {c.satisfaction ? ` · ${c.satisfaction}` : ''}
              </Text>
            ))}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
