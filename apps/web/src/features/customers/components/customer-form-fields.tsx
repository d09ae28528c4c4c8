import { SimpleGrid, Text, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import {
  canSetManually,
  CUSTOMER_FIELDS,
  CUSTOMER_LEVELS,
  entries,
  foldVietnamese,
  type FieldSpec,
} from '@sen/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, SelectField, TextField } from '../../../components/form';
import type { CategoryKind, CustomerLevel } from '../../../gql/graphql';
import { useCustomerCategories } from '../api/customer-categories';
import { useCustomerLabels } from '../api/customer-labels';
import { useCustomerUserOptions } from '../api/customer-user-options';
import { TagsField, TextareaField } from '../../../components/form';
import { useFieldLabel } from '../hooks/use-field-label';
import { GroupField } from './group-field';

export interface CustomerFormFieldsProps {
  mode: 'create' | 'edit';
  /** PAR-02: the code is typed only in MANUAL mode. */
  manualCode: boolean;
  /** PAR-03: the created date is typed only in MANUAL mode. */
  manualCreatedDate: boolean;
  /** Example of the next automatic code, e.g. KH000123. */
  codeExample?: string;
  /** DUP-01 required fields, marked `*`. */
  required: ReadonlySet<string>;
  /** Edit: the saved level, which stays offered beside the ones set by hand (CUS-03). */
  currentLevel?: CustomerLevel;
  /** Admins and managers pick the owner of a new customer; staff own what they create. */
  canPickOwner: boolean;
  canAddGroup: boolean;
}

interface CategorySelectProps {
  name: string;
  kind: CategoryKind;
  label: string;
  required: boolean;
}

function CategorySelect({ name, kind, label, required }: CategorySelectProps) {
  const { data } = useCustomerCategories(kind);
  return (
    <SelectField
      name={name}
      label={label}
      data={(data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
      searchable
      required={required}
    />
  );
}

/** Typing finds a choice without its accents: `lao cai` → Lào Cai. */
export const foldedOptions: OptionsFilter = ({ options, search }) => {
  const term = foldVietnamese(search);
  return (options as ComboboxItem[]).filter((o) => foldVietnamese(o.label).includes(term));
};

const INPUT_TYPE: Partial<Record<FieldSpec['kind'], 'email' | 'tel'>> = { email: 'email', phone: 'tel' };

/** Every field of a customer (SPEC §2), in the declaration's order, shared by "Thêm mới" and "Sửa". */
export function CustomerFormFields({
  mode,
  manualCode,
  manualCreatedDate,
  codeExample,
  required,
  currentLevel,
  canPickOwner,
  canAddGroup,
}: CustomerFormFieldsProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const labels = useCustomerLabels().data?.customerLabels ?? [];
  const users = useCustomerUserOptions().options;
  const req = (field: string) => required.has(field);
  const levels = CUSTOMER_LEVELS.filter(
    (level) => level === currentLevel || (currentLevel && canSetManually(currentLevel, level)),
  ).map((level) => ({ value: level, label: t(`customers.levels.${level}`) }));

  /** A field with a widget or a condition of its own; undefined for the declared ones drawn by kind. */
  const special = (key: string, name: string): ReactNode | undefined => {
    switch (key) {
      case 'code':
        return manualCode ? (
          <TextField key={key} name="code" label={name} required={mode === 'create'} autoComplete="off" />
        ) : null;
      case 'name':
        return <TextField key={key} name="name" label={name} required autoComplete="off" />;
      case 'level':
        return mode === 'edit' ? (
          <SelectField
            key={key}
            name="level"
            label={name}
            data={levels}
            description={t('customers.levelHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
          />
        ) : null;
      case 'groupIds':
        return <GroupField key={key} required={req('groupIds')} canAdd={canAddGroup} />;
      case 'labels':
        return (
          <TagsField
            key={key}
            name="labels"
            label={name}
            data={labels}
            description={t('customers.labelsHint')}
            clearable
          />
        );
      case 'ownerId':
        return mode === 'create' && canPickOwner ? (
          <SelectField key={key} name="ownerId" label={name} data={users} searchable required />
        ) : null;
      case 'createdAt':
        return manualCreatedDate ? (
          <DateField key={key} name="createdAt" label={name} required={mode === 'create'} />
        ) : null;
      default:
        return undefined;
    }
  };

  const field = (key: string, f: FieldSpec): ReactNode => {
    const name = label(f.label);
    const own = special(key, name);
    if (own !== undefined) {
      return own;
    }
    const isRequired = Boolean(f.required) || req(key);
    switch (f.kind) {
      case 'date':
        return <DateField key={key} name={key} label={name} required={isRequired} />;
      case 'category':
        return f.category && f.category !== 'CUSTOMER_GROUP' ? (
          <CategorySelect key={key} name={key} kind={f.category} label={name} required={isRequired} />
        ) : null;
      case 'enum':
        return (
          <SelectField
            key={key}
            name={key}
            label={name}
            data={Object.entries(f.options ?? {}).map(([code, o]) => ({ value: code, label: label(o) }))}
            required={isRequired}
          />
        );
      case 'choice':
        return (
          <SelectField
            key={key}
            name={key}
            label={name}
            data={[...(f.choices ?? [])]}
            filter={foldedOptions}
            searchable
            required={isRequired}
          />
        );
      default:
        return (
          <TextField key={key} name={key} label={name} type={INPUT_TYPE[f.kind]} required={isRequired} />
        );
    }
  };

  const fields = entries(CUSTOMER_FIELDS);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {fields.filter(([, f]) => f.kind !== 'longText').map(([key, f]) => field(key, f))}
      </SimpleGrid>
      {fields
        .filter(([, f]) => f.kind === 'longText')
        .map(([key, f]) => (
          <TextareaField
            key={key}
            name={key}
            label={label(f.label)}
            required={Boolean(f.required) || req(key)}
          />
        ))}
      {!manualCode && mode === 'create' ? (
        <Text size="sm" c="dimmed">
          {t('customers.codeAuto', { example: codeExample ?? 'KH000001' })}
          {manualCreatedDate ? null : ` ${t('customers.createdAtAuto')}`}
        </Text>
      ) : null}
    </>
  );
}
