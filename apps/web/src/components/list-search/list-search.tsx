import { Badge, Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ListSearchProps {
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  /** The label of the button that opens the page's filter panel ("Bộ lọc"). */
  filtersLabel: string;
  panelOpen: boolean;
  onTogglePanel: () => void;
  /** Filter criteria set in the panel, shown on the button. */
  criteria: number;
  width?: number;
}

/** The search box and the filter-panel toggle above a list (the panel itself is the page's). */
export function ListSearch(props: ListSearchProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end">
      <TextInput
        label={t('common.search')}
        placeholder={props.placeholder}
        type="search"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        w={props.width ?? 360}
      />
      <Button
        variant={props.panelOpen ? 'light' : 'default'}
        onClick={props.onTogglePanel}
        aria-expanded={props.panelOpen}
        rightSection={props.criteria > 0 ? <Badge size="sm">{props.criteria}</Badge> : null}
      >
        {props.filtersLabel}
      </Button>
    </Group>
  );
}
