import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  CUSTOMER_FIELDS,
  entries,
  fileKey,
  formatDateTimeVi,
  formatDateVi,
  type FieldSpec,
  type Label,
} from '@sen/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailFragment } from '../../../gql/graphql';
import { useFieldLabel } from '../hooks/use-field-label';
import { LabelBadges } from './label-badges';
import { LevelBadge } from './level-badge';

export interface CustomerInfoTabProps {
  customer: CustomerDetailFragment;
}

interface ItemProps {
  label: string;
  children: ReactNode;
}

function Item({ label, children }: ItemProps) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="div" size="sm" c={empty ? 'dimmed' : undefined}>
        {empty ? '—' : children}
      </Text>
    </div>
  );
}

/** A declared field's value as the detail screen shows it. */
function shown(c: CustomerDetailFragment, key: string, f: FieldSpec, label: (l: Label) => string): ReactNode {
  const saved = (c as unknown as Record<string, unknown>)[key];
  switch (key) {
    case 'level':
      return <LevelBadge level={c.level} />;
    case 'labels':
      return c.labels.length ? <LabelBadges labels={c.labels} /> : null;
  }
  switch (f.kind) {
    case 'enum':
      return typeof saved === 'string' && f.options?.[saved] ? label(f.options[saved]) : null;
    case 'date':
    case 'moment':
      return typeof saved === 'string' ? formatDateVi(saved) : null;
    case 'category':
      return (c as unknown as Record<string, { name: string } | null>)[fileKey(key, f)]?.name;
    case 'categories':
      return c.groups.map((g) => g.name).join(', ');
    case 'user':
      return c.owner.name;
    case 'longText':
      return saved ? <span style={{ whiteSpace: 'pre-wrap' }}>{saved as string}</span> : null;
    default:
      return saved as string | null;
  }
}

export function CustomerInfoTab({ customer: c }: CustomerInfoTabProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const fields = entries(CUSTOMER_FIELDS);
  const item = ([key, f]: (typeof fields)[number]) => (
    <Item key={key} label={label(f.label)}>
      {shown(c, key, f, label)}
    </Item>
  );
  return (
    <Paper withBorder p="lg">
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
          {fields.filter(([key, f]) => f.kind !== 'longText' && key !== 'name').map(item)}
          <Item label={t('customers.fields.sharedWith')}>{c.sharedWith.map((u) => u.name).join(', ')}</Item>
          <Item label={t('customers.fields.updatedAt')}>{formatDateTimeVi(c.updatedAt)}</Item>
        </SimpleGrid>
        {fields.filter(([, f]) => f.kind === 'longText').map(item)}
      </Stack>
    </Paper>
  );
}
