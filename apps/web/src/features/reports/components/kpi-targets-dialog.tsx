import { Button, Group, Modal, NumberInput, ScrollArea, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { KPI_METRICS, type KpiMetric } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../../components/form';
import { useErrorMessage } from '../../../components/page';
import type { KpiReportQuery, KpiSubject } from '../../../gql/graphql';
import { useSetKpiTargets } from '../api/set-kpi-targets';

export interface KpiTargetsDialogProps {
  opened: boolean;
  onClose: () => void;
  month: string;
  by: KpiSubject;
  rows: KpiReportQuery['kpiReport'];
}

type Draft = Record<string, Partial<Record<KpiMetric, string>>>;

/** Đặt chỉ tiêu: one row per user or department, one box per metric, saved together. */
export function KpiTargetsDialog({ opened, onClose, month, by, rows }: KpiTargetsDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [save, { loading }] = useSetKpiTargets();
  const subjects = [...new Map(rows.map((r) => [r.subjectId, r.subjectName])).entries()];
  const initial = (): Draft => {
    const d: Draft = {};
    for (const r of rows) {
      (d[r.subjectId] ??= {})[r.metric] = r.target ?? '';
    }
    return d;
  };
  const [draft, setDraft] = useState<Draft>(initial);
  const submit = async () => {
    const targets = subjects.flatMap(([id]) =>
      KPI_METRICS.flatMap((metric) => {
        const v = draft[id]?.[metric];
        return v === undefined || v === ''
          ? []
          : [{ [by === 'USER' ? 'userId' : 'departmentId']: id, metric, target: v }];
      }),
    );
    try {
      await save({ variables: { month, targets: targets as never } });
      notifications.show({ color: 'green', message: t('reports.kpi.saved') });
      onClose();
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err) });
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('reports.kpi.setTargets', { month })} size="xl">
      <ScrollArea>
        <Table miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(by === 'USER' ? 'reports.kpi.user' : 'reports.kpi.department')}</Table.Th>
              {KPI_METRICS.map((m) => (
                <Table.Th key={m}>{t(`reports.kpi.metrics.${m}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {subjects.map(([id, name]) => (
              <Table.Tr key={id}>
                <Table.Td>{name}</Table.Td>
                {KPI_METRICS.map((m) => (
                  <Table.Td key={m}>
                    {m === 'REVENUE' ? (
                      <MoneyInput
                        aria-label={`${name} – ${t(`reports.kpi.metrics.${m}`)}`}
                        miw={150}
                        value={draft[id]?.[m] ?? ''}
                        onChange={(v) => setDraft((d) => ({ ...d, [id]: { ...d[id], [m]: v ?? '' } }))}
                      />
                    ) : (
                      <NumberInput
                        aria-label={`${name} – ${t(`reports.kpi.metrics.${m}`)}`}
                        value={draft[id]?.[m] ?? ''}
                        onChange={(v) =>
                          setDraft((d) => ({ ...d, [id]: { ...d[id], [m]: v === '' ? '' : String(v) } }))
                        }
                        min={0}
                        allowDecimal={false}
                        allowNegative={false}
                        thousandSeparator="."
                        decimalSeparator=","
                        hideControls
                      />
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Text size="xs" c="dimmed" mt="xs">
        {t('reports.kpi.targetsHint')}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.back')}
        </Button>
        <Button onClick={() => void submit()} loading={loading}>
          {t('common.save')}
        </Button>
      </Group>
    </Modal>
  );
}
