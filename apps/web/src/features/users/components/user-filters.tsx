import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { ROLES, type Role } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../api/departments';

export type UserStatusFilter = 'all' | 'active' | 'inactive';

export interface UserFilterValues {
  search: string;
  roles: Role[];
  departmentIds: string[];
  status: UserStatusFilter;
}

export interface UserFiltersProps {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function UserFilters({ value, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const { data } = useDepartments();
  const set = (patch: Partial<UserFilterValues>) => onChange({ ...value, ...patch });

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('common.search')}
        placeholder={t('users.searchPlaceholder')}
        value={value.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        type="search"
        w={260}
      />
      <MultiSelect
        label={t('users.filterRole')}
        placeholder={value.roles.length ? undefined : t('common.all')}
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={value.roles}
        onChange={(roles) => set({ roles: roles.filter(isRole) })}
        clearable
        w={240}
      />
      <MultiSelect
        label={t('users.filterDepartment')}
        placeholder={value.departmentIds.length ? undefined : t('common.all')}
        data={(data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
        value={value.departmentIds}
        onChange={(departmentIds) => set({ departmentIds })}
        searchable
        clearable
        w={240}
      />
      <Select
        label={t('users.filterStatus')}
        data={[
          { value: 'all', label: t('common.all') },
          { value: 'active', label: t('users.active') },
          { value: 'inactive', label: t('users.inactive') },
        ]}
        value={value.status}
        allowDeselect={false}
        onChange={(status) => set({ status: (status ?? 'all') as UserStatusFilter })}
        w={180}
      />
    </Group>
  );
}
