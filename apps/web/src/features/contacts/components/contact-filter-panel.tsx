import { MultiSelect, Select, TextInput } from '@mantine/core';
import { GENDERS } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanelForm } from '../../../components/list-page';
import type { ContactFilter, Gender } from '../../../gql/graphql';
import { useUserOptions } from '../../../lib/user-options';
import { CustomerPicker } from './customer-picker';

export interface ContactPanelFilter {
  name: string;
  title: string;
  gender: Gender | null;
  customerId: string | null;
  mobile: string;
  email: string;
  ownerIds: string[];
}

export const EMPTY_CONTACT_PANEL: ContactPanelFilter = {
  name: '',
  title: '',
  gender: null,
  customerId: null,
  mobile: '',
  email: '',
  ownerIds: [],
};

export function toContactFilter(panel: ContactPanelFilter, search: string): ContactFilter {
  const text = (value: string) => value.trim() || undefined;
  return {
    search: text(search),
    name: text(panel.name),
    title: text(panel.title),
    gender: panel.gender ?? undefined,
    customerId: panel.customerId ?? undefined,
    mobile: text(panel.mobile),
    email: text(panel.email),
    ownerIds: panel.ownerIds.length ? panel.ownerIds : undefined,
  };
}

export function contactCriteria(panel: ContactPanelFilter): number {
  return Object.values(panel).filter((v) =>
    Array.isArray(v) ? v.length > 0 : Boolean(v && String(v).trim()),
  ).length;
}

export interface ContactFilterPanelProps {
  value: ContactPanelFilter;
  onApply: (value: ContactPanelFilter) => void;
}

/** CON-04: người liên hệ, chức vụ, giới tính, khách hàng, số di động, email, chủ sở hữu → Tìm kiếm. */
export function ContactFilterPanel({ value, onApply }: ContactFilterPanelProps) {
  const { t } = useTranslation();
  const users = useUserOptions().options;
  const [draft, setDraft] = useState(value);
  const set = (patch: Partial<ContactPanelFilter>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: 'name' | 'title' | 'mobile' | 'email') => (
    <TextInput
      label={t(`contacts.fields.${key}`)}
      value={draft[key]}
      onChange={(event) => set({ [key]: event.currentTarget.value })}
    />
  );

  return (
    <FilterPanelForm
      label={t('contacts.filterPanel')}
      clearLabel={t('contacts.clearFilters')}
      onSubmit={() => onApply(draft)}
      onClear={() => {
        setDraft(EMPTY_CONTACT_PANEL);
        onApply(EMPTY_CONTACT_PANEL);
      }}
    >
      {text('name')}
      {text('title')}
      <Select
        label={t('contacts.fields.gender')}
        placeholder={t('common.all')}
        data={GENDERS.map((g) => ({ value: g, label: t(`contacts.genders.${g}`) }))}
        value={draft.gender}
        onChange={(gender) => set({ gender: gender as Gender | null })}
        clearable
      />
      <CustomerPicker
        label={t('contacts.fields.customer')}
        value={draft.customerId}
        onChange={(customerId) => set({ customerId })}
      />
      {text('mobile')}
      {text('email')}
      <MultiSelect
        label={t('contacts.fields.owner')}
        placeholder={draft.ownerIds.length ? undefined : t('common.all')}
        data={users}
        value={draft.ownerIds}
        onChange={(ownerIds) => set({ ownerIds })}
        searchable
        clearable
      />
    </FilterPanelForm>
  );
}
