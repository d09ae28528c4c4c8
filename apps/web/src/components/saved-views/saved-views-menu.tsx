import { Button, Menu, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { VisibilityState } from '@tanstack/react-table';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import type { SavedViewsQuery } from '../../gql/graphql';
import type { SortState } from '../data-table';
import { CheckboxField, Form, FormActions, TextField } from '../form';
import { useConfirm } from '../confirm';
import { useErrorMessage } from '../page';
import { useDeleteView, useSavedViewsQuery, useSaveView, useSetDefaultView } from './api';

type View = SavedViewsQuery['savedViews'][number];

/** What a view keeps of a list: its address-bar filter, shown columns and sort. */
export interface ListViewState {
  /** Every column id the list has (hidden ones too). */
  columnIds?: readonly string[];
  /** The shown columns, when the list lets the user choose them. */
  visibility?: VisibilityState;
  setVisibility?: (v: VisibilityState) => void;
  /** The list's sort, when it has one the user picks. */
  sort?: SortState | null;
  setSort?: (s: SortState | null) => void;
  /** The page's own copies of address-bar values (its search box text) to refresh. */
  onApplied?: (filter: Record<string, unknown>) => void;
}

export interface SavedViewsMenuProps extends ListViewState {
  /** The list, by its plural route name (API.md `savedViews(module)`). */
  module: string;
  /**
   * The list's filter when the page keeps it in its own state; without it the filter is the
   * address bar (`?q=…&f=…`).
   */
  filterState?: { value: Record<string, unknown>; set: (filter: Record<string, unknown>) => void };
}

/** The address bar's values: JSON ones (a filter panel) as objects, repeated ones as lists. */
function paramsToFilter(params: URLSearchParams): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const all = params.getAll(key);
    if (all.length > 1) {
      filter[key] = all;
      continue;
    }
    if (/^[[{]/.test(value)) {
      try {
        filter[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON after all: kept as text.
      }
    }
    filter[key] = value;
  }
  return filter;
}

function filterToParams(filter: unknown): URLSearchParams {
  const params = new URLSearchParams();
  if (typeof filter === 'object' && filter !== null) {
    for (const [key, value] of Object.entries(filter)) {
      if (value === null || value === undefined || value === '') {
        continue;
      }
      if (Array.isArray(value)) {
        value.forEach((item) => params.append(key, String(item)));
      } else {
        params.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
    }
  }
  return params;
}

function isSort(value: unknown): value is SortState {
  const s = value as SortState | null;
  return Boolean(s) && typeof s!.field === 'string' && (s!.direction === 'ASC' || s!.direction === 'DESC');
}

const saveSchema = z.object({
  name: z.string().trim().min(1, { error: 'v.required' }).max(100),
  shared: z.boolean(),
  makeDefault: z.boolean(),
});

/**
 * "Giao diện" (CARE-04, X-03): the list's saved views — pick one, save the current filter, columns
 * and sort under a name (private or shared with everyone), make one the default the list opens with.
 */
export function SavedViewsMenu({
  module,
  columnIds,
  visibility,
  setVisibility,
  sort,
  setSort,
  onApplied,
  filterState,
}: SavedViewsMenuProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const confirm = useConfirm();
  const [params, setParams] = useSearchParams();
  const { data } = useSavedViewsQuery(module);
  const [saveView] = useSaveView(module);
  const [deleteView] = useDeleteView(module);
  const [setDefault] = useSetDefaultView(module);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const views = data?.savedViews ?? [];
  const active = views.find((v) => v.id === activeId) ?? null;

  const apply = (view: View) => {
    const filter = (view.filter ?? {}) as Record<string, unknown>;
    if (filterState) {
      filterState.set(filter);
    } else {
      setParams(filterToParams(filter), { replace: true });
    }
    if (view.columns.length > 0 && setVisibility && columnIds) {
      setVisibility(Object.fromEntries(columnIds.map((id) => [id, view.columns.includes(id)])));
    }
    if (isSort(view.orderBy) && setSort) {
      setSort({ field: view.orderBy.field, direction: view.orderBy.direction });
    }
    onApplied?.(filter);
    setActiveId(view.id);
    if (view.droppedFilters.length > 0) {
      notifications.show({ color: 'yellow', message: t('savedViews.dropped') });
    }
  };

  // The default view opens the list, unless the address already says what to show.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !data) {
      return;
    }
    opened.current = true;
    const preferred = data.savedViews.find((v) => v.isDefault);
    if (preferred && (filterState || [...params.keys()].length === 0)) {
      // Applying the default once the views arrive is what this effect is for.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      apply(preferred);
    }
    // Once, when the views first arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const shown = visibility && columnIds ? columnIds.filter((id) => visibility[id] !== false) : [];

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            aria-label={t('savedViews.menu', { name: active?.name ?? t('savedViews.none') })}
          >
            {active ? t('savedViews.current', { name: active.name }) : t('savedViews.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('savedViews.title')}</Menu.Label>
          {views.length === 0 ? (
            <Menu.Item disabled>
              <Text size="sm" c="dimmed">
                {t('savedViews.empty')}
              </Text>
            </Menu.Item>
          ) : null}
          {views.map((view) => (
            <Menu.Item
              key={view.id}
              onClick={() => apply(view)}
              aria-current={view.id === activeId || undefined}
            >
              {view.name}
              {view.shared ? ` · ${t('savedViews.sharedTag')}` : ''}
              {view.isDefault ? ` · ${t('savedViews.defaultTag')}` : ''}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setSaving(true)}>{t('savedViews.save')}</Menu.Item>
          {active ? (
            <>
              <Menu.Item
                onClick={() =>
                  void setDefault({ variables: { module, id: active.isDefault ? null : active.id } }).catch(
                    (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
                  )
                }
              >
                {active.isDefault ? t('savedViews.unsetDefault') : t('savedViews.setDefault')}
              </Menu.Item>
              <Menu.Item
                color="red"
                onClick={async () => {
                  if (
                    !(await confirm({
                      title: t('savedViews.delete'),
                      message: t('savedViews.deleteConfirm', { name: active.name }),
                    }))
                  ) {
                    return;
                  }
                  try {
                    await deleteView({ variables: { id: active.id } });
                    setActiveId(null);
                  } catch (err) {
                    notifications.show({ color: 'red', message: errorMessage(err) });
                  }
                }}
              >
                {t('savedViews.delete')}
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={saving} onClose={() => setSaving(false)} title={t('savedViews.saveTitle')} centered>
        <Form
          schema={saveSchema}
          label={t('savedViews.saveTitle')}
          defaultValues={{ name: '', shared: false, makeDefault: false }}
          onSubmit={async ({ name, shared, makeDefault }) => {
            const result = await saveView({
              variables: {
                input: {
                  module,
                  name,
                  shared,
                  filter: filterState ? filterState.value : paramsToFilter(params),
                  columns: shown,
                  orderBy: sort ? { field: sort.field, direction: sort.direction } : null,
                },
              },
            });
            const id = result.data?.saveView.id;
            if (id) {
              if (makeDefault) {
                await setDefault({ variables: { module, id } });
              }
              setActiveId(id);
              setSaving(false);
              notifications.show({ color: 'teal', message: t('savedViews.saved', { name }) });
            }
          }}
        >
          <TextField name="name" label={t('savedViews.name')} required data-autofocus />
          <CheckboxField name="shared" label={t('savedViews.shared')} mt="sm" />
          <CheckboxField name="makeDefault" label={t('savedViews.makeDefault')} mt="xs" />
          <FormActions mode="create" onBack={() => setSaving(false)} />
        </Form>
      </Modal>
    </>
  );
}

/**
 * The filter state of a list page that keeps its quick search and filter panel in React state:
 * `{ q, panel, …extra }` saved, and restored into the page's own setters.
 */
export function pageFilterState<P extends object>(o: {
  text: string;
  setText: (text: string) => void;
  panel: P;
  setPanel: (panel: P) => void;
  empty: P;
  setPanelOpen?: (open: boolean) => void;
  reset?: () => void;
  /** Whether the restored panel opens: when it differs from the empty one, unless said. */
  opensPanel?: (panel: P) => boolean;
}): NonNullable<SavedViewsMenuProps['filterState']> {
  return {
    value: { q: o.text, panel: o.panel },
    set: (saved) => {
      const panel = { ...o.empty, ...(saved.panel as Partial<P> | undefined) };
      o.setText(typeof saved.q === 'string' ? saved.q : '');
      o.setPanel(panel);
      o.setPanelOpen?.(
        o.opensPanel ? o.opensPanel(panel) : JSON.stringify(panel) !== JSON.stringify(o.empty),
      );
      o.reset?.();
    },
  };
}
