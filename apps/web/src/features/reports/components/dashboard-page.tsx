import { Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert, PageLoader } from '../../../components/page';
import { useDashboard } from '../api/dashboard';
import { DashboardCharts } from './dashboard-charts';
import { DashboardTiles } from './dashboard-tiles';
import { PeriodPicker, thisYear } from './period-picker';

/** Báo cáo → Tổng quan (REP-02): the landing page of managers and admins. */
export function DashboardPage() {
  const [period, setPeriod] = useState(thisYear);
  const { data, error } = useDashboard(period.from, period.to);
  return (
    <Stack gap="md">
      <PeriodPicker value={period} onChange={setPeriod} />
      {error ? <ErrorAlert error={error} /> : null}
      {data ? (
        <>
          <DashboardTiles data={data.dashboard} />
          <DashboardCharts data={data.dashboard} />
        </>
      ) : error ? null : (
        <PageLoader />
      )}
    </Stack>
  );
}
