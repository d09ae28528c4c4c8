import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS, type AuditAction } from '@sen/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/form';
import { useAuditModules } from '../api/audit-modules';
import { useUserOptions } from '../../../lib/user-options';
import { useModuleLabel } from './module-label';

export interface AuditFilterValues {
  action: AuditAction | null;
  module: string | null;
  userId: string | null;
  search: string;
  /** `YYYY-MM-DD`, or the raw text when it is not a date. */
  from: string | null;
  to: string | null;
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  action: null,
  module: null,
  userId: null,
  search: '',
  from: null,
  to: null,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface AuditFiltersProps {
  initial: AuditFilterValues;
  /** Runs the search: Enter in any box or "Tìm kiếm" (AUD-02). */
  onSearch: (value: AuditFilterValues) => void;
}

export function AuditFilters({ initial, onSearch }: AuditFiltersProps) {
  const { t } = useTranslation();
  const moduleLabel = useModuleLabel();
  const { data: modules } = useAuditModules();
  const users = useUserOptions({ activeOnly: false }).options;
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<AuditFilterValues>) => setDraft((d) => ({ ...d, ...patch }));
  const badFrom = draft.from !== null && !ISO_DATE.test(draft.from);
  const badTo = draft.to !== null && !ISO_DATE.test(draft.to);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!badFrom && !badTo) {
      onSearch({ ...draft, search: draft.search.trim() });
    }
  };

  return (
    <form onSubmit={submit} role="search" aria-label={t('common.search')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={t('audit.action')}
          placeholder={t('audit.allOption')}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
          value={draft.action}
          onChange={(action) => set({ action: action as AuditAction | null })}
          clearable
        />
        <Select
          label={t('audit.module')}
          placeholder={t('audit.allOption')}
          data={(modules?.auditModules ?? []).map((m) => ({ value: m, label: moduleLabel(m) }))}
          value={draft.module}
          onChange={(module) => set({ module })}
          clearable
        />
        <Select
          label={t('audit.user')}
          placeholder={t('audit.allOption')}
          data={users}
          value={draft.userId}
          onChange={(userId) => set({ userId })}
          searchable
          clearable
        />
        <TextInput
          label={t('audit.description')}
          placeholder={t('audit.searchPlaceholder')}
          value={draft.search}
          onChange={(event) => set({ search: event.currentTarget.value })}
        />
        <DateInput
          label={t('audit.from')}
          value={draft.from}
          onChange={(from) => set({ from })}
          error={badFrom ? t('audit.badDate') : undefined}
        />
        <DateInput
          label={t('audit.to')}
          value={draft.to}
          onChange={(to) => set({ to })}
          error={badTo ? t('audit.badDate') : undefined}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('common.search')}</Button>
      </Group>
    </form>
  );
}
