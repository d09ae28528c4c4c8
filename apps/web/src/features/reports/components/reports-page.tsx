import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Page } from '../../../components/page';
import { DashboardPage } from './dashboard-page';
import { KpiPage } from './kpi-page';
import { TaskStatsPage } from './task-stats-page';

const TABS = [
  { value: 'overview', label: 'reports.tabs.overview' },
  { value: 'kpi', label: 'reports.tabs.kpi' },
  { value: 'tasks', label: 'reports.tabs.tasks' },
] as const;

/** Báo cáo: Tổng quan, KPI, Thống kê công việc. */
export function ReportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => pathname.endsWith(`/${tab.value}`))?.value ?? 'overview';
  return (
    <Page title={t('nav.reports')}>
      <Tabs value={current} onChange={(v) => v && void navigate(`/reports/${v}`)}>
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<Navigate to="overview" replace />} />
        <Route path="overview" element={<DashboardPage />} />
        <Route path="kpi" element={<KpiPage />} />
        <Route path="tasks" element={<TaskStatsPage />} />
      </Routes>
    </Page>
  );
}
