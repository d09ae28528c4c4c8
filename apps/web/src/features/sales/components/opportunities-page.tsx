import { useListEmpty } from '../../../components/empty-state';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { formatDateVi, formatVnd, type OpportunityStage } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  DataTable,
  pagedTableProps,
  useCursorPagination,
  type SortState,
} from '../../../components/data-table';
import { MoreIcon } from '../../../components/icons';
import { KanbanBoard } from '../../../components/kanban';
import { ListSearch } from '../../../components/list-search';
import { ExportMenu } from '../../../components/export-menu';
import { pageFilterState, SavedViewsMenu } from '../../../components/saved-views';
import { CreateButton, ErrorAlert, Page, PageLoader, useErrorMessage } from '../../../components/page';
import type { OpportunityRowFragment, OpportunitySortField } from '../../../gql/graphql';
import { useDeleteOpportunities } from '../api/delete-opportunities';
import { useMoveOpportunity } from '../api/move-opportunity';
import { useOpportunities } from '../api/opportunities';
import { useOpportunityBoard } from '../api/opportunity-board';
import { useDeleteAction } from '../hooks/use-delete-action';
import { STAGE_COLOR, STAGES, stageLabel } from './opportunity-stage';

const BOARD_CARDS = 50;

const KEYS: Record<OpportunityStage, 'needsAnalysis' | 'proposal' | 'negotiation' | 'won' | 'lost'> = {
  NEEDS_ANALYSIS: 'needsAnalysis',
  PROPOSAL: 'proposal',
  NEGOTIATION: 'negotiation',
  WON: 'won',
  LOST: 'lost',
};

interface Move {
  card: OpportunityRowFragment;
  to: OpportunityStage;
}

/** "Chốt thua" asks why (SAL-02); any other move goes straight through. */
function useMoveCard() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [moveOpportunity] = useMoveOpportunity();
  const [asking, setAsking] = useState<Move | null>(null);

  const run = async ({ card, to }: Move, lostReason?: string) => {
    try {
      await moveOpportunity({ variables: { id: card.id, stage: to, version: card.version, lostReason } });
      notifications.show({
        color: 'teal',
        message: t('sales.opportunities.moved', { name: card.name, stage: stageLabel(to, i18n.language) }),
      });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
      return false;
    }
  };

  const move = (m: Move) => {
    if (m.to === 'LOST') {
      setAsking(m);
    } else {
      void run(m);
    }
  };
  const dialog = asking ? (
    <LostReasonDialog
      name={asking.card.name}
      onCancel={() => setAsking(null)}
      onConfirm={async (reason) => {
        if (await run(asking, reason)) {
          setAsking(null);
        }
      }}
    />
  ) : null;
  return { move, dialog };
}

interface LostReasonDialogProps {
  name: string;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<void>;
}

function LostReasonDialog({ name, onCancel, onConfirm }: LostReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const missing = reason.trim() === '';
  return (
    <Modal opened onClose={onCancel} title={t('sales.opportunities.lostTitle', { name })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!missing) {
            setBusy(true);
            void onConfirm(reason.trim()).finally(() => setBusy(false));
          }
        }}
      >
        <Stack>
          <Textarea
            label={t('sales.opportunities.fields.lostReason')}
            withAsterisk
            data-autofocus
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && missing ? t('sales.opportunities.lostReasonRequired') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.back')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('sales.opportunities.markLost')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface CardProps {
  card: OpportunityRowFragment;
  onMove: (to: OpportunityStage) => void;
}

function OpportunityCard({ card, onMove }: CardProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="xs" shadow="xs" aria-label={card.name} data-testid="opportunity-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
        <Anchor component={Link} to={`/opportunities/${card.id}`} size="sm" fw={600} draggable={false}>
          {card.name}
        </Anchor>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="default"
              size="md"
              aria-label={t('sales.opportunities.moveTo', { name: card.name })}
              title={t('sales.opportunities.moveToLabel')}
            >
              <MoreIcon />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('sales.opportunities.moveToLabel')}</Menu.Label>
            {STAGES.filter((s) => s !== card.stage).map((s) => (
              <Menu.Item key={s} onClick={() => onMove(s)}>
                {stageLabel(s, i18n.language)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Text size="xs" c="dimmed">
        {card.code} · {card.customer.name}
      </Text>
      <Group justify="space-between" mt={4} gap={4}>
        <Text size="sm" fw={500}>
          {card.expectedValue ? formatVnd(card.expectedValue) : '—'}
        </Text>
        <Badge size="xs" variant="light">
          {card.probability} %
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {card.expectedCloseDate ? formatDateVi(card.expectedCloseDate) : ''} · {card.owner.name}
      </Text>
      {card.stage === 'LOST' && card.lostReason ? (
        <Text size="xs" c="red">
          {card.lostReason}
        </Text>
      ) : null}
    </Paper>
  );
}

function Board() {
  const { t, i18n } = useTranslation();
  const { data, previousData, loading, error, refetch } = useOpportunityBoard({ first: BOARD_CARDS });
  const { move, dialog } = useMoveCard();
  const board = data ?? previousData;
  if (!board) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const columns = board.opportunityPipeline.map((p) => ({
    id: p.stage,
    title: stageLabel(p.stage, i18n.language),
    count: p.count,
    summary: formatVnd(p.value),
    color: STAGE_COLOR[p.stage],
  }));
  const cards = Object.fromEntries(STAGES.map((s) => [s, board[KEYS[s]].nodes])) as Record<
    string,
    OpportunityRowFragment[]
  >;
  return (
    <>
      <KanbanBoard
        label={t('sales.opportunities.boardLabel')}
        columns={columns}
        cards={cards}
        cardId={(c) => c.id}
        renderCard={(card) => <OpportunityCard card={card} onMove={(to) => move({ card, to })} />}
        onMove={(card, _from, to) => move({ card, to: to as OpportunityStage })}
        renderFooter={(column) =>
          column.count > (cards[column.id]?.length ?? 0) ? (
            <Text size="xs" c="dimmed" ta="center">
              {t('sales.opportunities.more', { count: column.count - (cards[column.id]?.length ?? 0) })}
            </Text>
          ) : null
        }
      />
      {dialog}
    </>
  );
}

const SORT_FIELDS: Record<string, OpportunitySortField> = {
  code: 'CODE',
  name: 'NAME',
  expectedValue: 'EXPECTED_VALUE',
  expectedCloseDate: 'EXPECTED_CLOSE_DATE',
  createdAt: 'CREATED_AT',
};

function List() {
  const { t, i18n } = useTranslation();
  const listEmpty = useListEmpty();
  const paging = useCursorPagination();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [stages, setStages] = useState<OpportunityStage[]>([]);
  const [sort, setSort] = useState<SortState | null>({ field: 'createdAt', direction: 'DESC' });
  const [deleteOpportunities] = useDeleteOpportunities();
  const remove = useDeleteAction<OpportunityRowFragment>(
    async (ids) => (await deleteOpportunities({ variables: { ids } })).data?.deleteOpportunities ?? 0,
    {
      title: t('sales.opportunities.deleteTitle'),
      one: (o) => t('sales.opportunities.deleteConfirm', { name: o.name }),
      many: (count) => t('sales.opportunities.deleteManyConfirm', { count }),
      done: (count) => t('sales.opportunities.deleted', { count }),
    },
    (o) => o.id,
  );
  const filter = { search: search || undefined, stages: stages.length ? stages : undefined };
  const orderBy = sort ? [{ field: SORT_FIELDS[sort.field], direction: sort.direction }] : undefined;
  const { data, previousData, loading, error, refetch } = useOpportunities({
    filter,
    orderBy,
    first: paging.first,
    after: paging.after,
  });
  const connection = (data ?? previousData)?.opportunities;
  const columns = useMemo<ColumnDef<OpportunityRowFragment>[]>(
    () => [
      {
        id: 'code',
        header: t('sales.opportunities.fields.code'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => row.original.code,
      },
      {
        id: 'name',
        header: t('sales.opportunities.fields.name'),
        enableSorting: true,
        enableHiding: false,
        cell: ({ row }) => (
          <Anchor component={Link} to={`/opportunities/${row.original.id}`} fw={500}>
            {row.original.name}
          </Anchor>
        ),
      },
      { id: 'customer', header: t('sales.fields.customer'), cell: ({ row }) => row.original.customer.name },
      {
        id: 'stage',
        header: t('sales.opportunities.fields.stage'),
        cell: ({ row }) => (
          <Badge variant="light" color={STAGE_COLOR[row.original.stage]}>
            {stageLabel(row.original.stage, i18n.language)}
          </Badge>
        ),
      },
      {
        id: 'probability',
        header: t('sales.opportunities.fields.probability'),
        cell: ({ row }) => `${row.original.probability} %`,
      },
      {
        id: 'expectedValue',
        header: t('sales.opportunities.fields.expectedValue'),
        enableSorting: true,
        meta: { nowrap: true },
        cell: ({ row }) => (row.original.expectedValue ? formatVnd(row.original.expectedValue) : ''),
      },
      {
        id: 'expectedCloseDate',
        header: t('sales.opportunities.fields.expectedCloseDate'),
        enableSorting: true,
        cell: ({ row }) =>
          row.original.expectedCloseDate ? formatDateVi(row.original.expectedCloseDate) : '',
      },
      { id: 'owner', header: t('sales.fields.owner'), cell: ({ row }) => row.original.owner.name },
      {
        id: 'createdAt',
        header: t('sales.fields.createdAt'),
        enableSorting: true,
        cell: ({ row }) => formatDateVi(row.original.createdAt),
      },
    ],
    [t, i18n.language],
  );
  return (
    <Stack>
      <ListSearch
        placeholder={t('sales.opportunities.searchPlaceholder')}
        value={text}
        onChange={(next) => {
          setText(next);
          paging.reset();
        }}
        filtersLabel={t('sales.filters')}
        panelOpen={false}
        onTogglePanel={() => undefined}
        criteria={0}
      />
      <Group gap="xs">
        {STAGES.map((s) => (
          <Button
            key={s}
            size="xs"
            variant={stages.includes(s) ? 'filled' : 'default'}
            color={STAGE_COLOR[s]}
            aria-pressed={stages.includes(s)}
            onClick={() => {
              setStages(stages.includes(s) ? stages.filter((x) => x !== s) : [...stages, s]);
              paging.reset();
            }}
          >
            {stageLabel(s, i18n.language)}
          </Button>
        ))}
        <SavedViewsMenu
          module="opportunities"
          sort={sort}
          setSort={setSort}
          filterState={pageFilterState({
            text,
            setText,
            panel: { stages },
            setPanel: (p) => setStages(p.stages),
            empty: { stages: [] as OpportunityStage[] },
            reset: paging.reset,
          })}
        />
        <ExportMenu module="opportunities" filter={filter} orderBy={orderBy} />
      </Group>
      <DataTable
        label={t('sales.opportunities.listLabel')}
        empty={listEmpty({
          what: t('empty.what.opportunities'),
          filtered: Boolean(search) || stages.length > 0,
          onClearFilters: () => {
            setText('');
            setStages([]);
            paging.reset();
          },
          createTo: '/opportunities/new',
        })}
        columns={columns}
        getRowId={(o) => o.id}
        {...pagedTableProps({ connection, loading, error, refetch }, paging, { value: sort, set: setSort })}
        bulkActions={[{ label: t('sales.delete'), color: 'red', onClick: (rows) => remove(rows) }]}
      />
    </Stack>
  );
}

/** Bán hàng → Cơ hội (SAL-02): the pipeline board (drag a card to move it) and the list. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'list' ? 'list' : 'board';
  return (
    <Page
      title={t('sales.opportunities.title')}
      actions={
        <>
          <SegmentedControl
            aria-label={t('sales.opportunities.view')}
            value={view}
            onChange={(v) => setParams(v === 'list' ? { view: 'list' } : {}, { replace: true })}
            data={[
              { value: 'board', label: t('sales.opportunities.board') },
              { value: 'list', label: t('sales.opportunities.list') },
            ]}
          />
          <Button component={Link} to="/sales/trash?tab=opportunities" variant="default">
            {t('sales.trash')}
          </Button>
          <CreateButton to="/opportunities/new" />
        </>
      }
    >
      {view === 'board' ? <Board /> : <List />}
    </Page>
  );
}
