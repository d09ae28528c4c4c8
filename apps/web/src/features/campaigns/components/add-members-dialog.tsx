import {
  Badge,
  Button,
  Checkbox,
  Chip,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CUSTOMER_LEVELS } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/page';
import type { CustomerLevel } from '../../../gql/graphql';
import { useAddCampaignMembers } from '../api/add-campaign-members';
import { useAddCampaignMembersByFilter } from '../api/add-campaign-members-by-filter';
import { useCampaignMemberCustomerIds } from '../api/campaign-member-ids';
import { useCampaignOptions } from '../api/campaign-options';
import { usePickerCustomers } from '../api/picker-customers';
import { notifyDone } from '../../../lib/notify';

export interface AddMembersDialogProps {
  campaignId: string;
  onClose: () => void;
}

const PAGE = 50;

/**
 * "Thêm khách hàng" (CMP-05): filter by level or customer group, search, tick some or all matching
 * (all pages, done on the server), then "Chọn khách hàng".
 */
export function AddMembersDialog({ campaignId, onClose }: AddMembersDialogProps) {
  const { t } = useTranslation();
  const { groups } = useCampaignOptions();
  const [levels, setLevels] = useState<string[]>([]);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const filter = {
    search: search || null,
    levels: levels.length ? (levels as CustomerLevel[]) : null,
    groupIds: groupId ? [groupId] : null,
  };
  const { data, previousData, loading } = usePickerCustomers(
    { filter, first: PAGE, after: cursors.at(-1) },
    false,
  );
  const page = (data ?? previousData)?.customers;
  // Who on this page is already in the campaign: marked, and not offered again (CMP-05).
  const pageIds = (page?.nodes ?? []).map((c) => c.id);
  const memberIds = new Set(
    useCampaignMemberCustomerIds(campaignId, pageIds).data?.campaignMemberCustomerIds ?? [],
  );
  const [addIds, { loading: adding }] = useAddCampaignMembers();
  const [addFilter, { loading: addingAll }] = useAddCampaignMembersByFilter();
  const resetSelection = () => {
    setCursors([null]);
    setTicked(new Set());
    setAllMatching(false);
  };
  const toggle = (id: string) =>
    setTicked((s) => {
      const next = new Set(s);
      if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      return next;
    });

  const choose = async () => {
    setFailure(null);
    try {
      const result = allMatching
        ? (await addFilter({ variables: { campaignId, filter } })).data?.addCampaignMembersByFilter
        : (await addIds({ variables: { campaignId, customerIds: [...ticked] } })).data?.addCampaignMembers;
      notifyDone(t('campaigns.membersAdded', { added: result?.added ?? 0, skipped: result?.skipped ?? 0 }));
      onClose();
    } catch (error) {
      setFailure(error);
    }
  };
  const chosen = allMatching ? (page?.totalCount ?? 0) : ticked.size;
  return (
    <Modal opened onClose={onClose} title={t('campaigns.addMembers')} size="xl">
      <Stack>
        <Chip.Group
          multiple
          value={levels}
          onChange={(v) => {
            setLevels(v);
            resetSelection();
          }}
        >
          <Group gap="xs" role="group" aria-label={t('campaigns.pickerLevels')}>
            {CUSTOMER_LEVELS.map((l) => (
              <Chip key={l} value={l} size="sm">
                {t(`customers.levels.${l}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group grow>
          <TextInput
            label={t('common.search')}
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              resetSelection();
            }}
          />
          <Select
            label={t('campaigns.pickerGroup')}
            data={groups}
            value={groupId}
            onChange={(v) => {
              setGroupId(v);
              resetSelection();
            }}
            clearable
            searchable
          />
        </Group>
        <Checkbox
          label={t('campaigns.tickAllMatching', { count: page?.totalCount ?? 0 })}
          checked={allMatching}
          onChange={(e) => setAllMatching(e.currentTarget.checked)}
        />
        {failure ? <ErrorAlert error={failure} /> : null}
        <Table striped highlightOnHover aria-label={t('campaigns.pickerTable')} aria-busy={loading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>{t('campaigns.memberFields.code')}</Table.Th>
              <Table.Th>{t('campaigns.memberFields.name')}</Table.Th>
              <Table.Th>{t('campaigns.memberFields.level')}</Table.Th>
              <Table.Th>{t('campaigns.memberFields.phone')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(page?.nodes ?? []).map((c) => {
              const member = memberIds.has(c.id);
              return (
                <Table.Tr key={c.id} data-member={member || undefined}>
                  <Table.Td>
                    <Checkbox
                      aria-label={
                        member
                          ? t('campaigns.alreadyMemberRow', { name: c.name })
                          : `${t('table.selectRow')} ${c.name}`
                      }
                      checked={member || allMatching || ticked.has(c.id)}
                      disabled={member || allMatching}
                      onChange={() => toggle(c.id)}
                    />
                  </Table.Td>
                  <Table.Td>{c.code}</Table.Td>
                  <Table.Td>
                    {c.name}
                    {member ? (
                      <Badge ml="xs" size="sm" variant="light" color="gray">
                        {t('campaigns.alreadyMember')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{t(`customers.levels.${c.level}`)}</Table.Td>
                  <Table.Td>{c.phone ?? ''}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {page && page.nodes.length === 0 ? (
          <EmptyState
            title={t('empty.noMatch', { what: t('empty.what.customers') })}
            description={t('empty.noMatchHint')}
          />
        ) : null}
        <Group justify="space-between">
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              disabled={cursors.length < 2}
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              {t('table.previous')}
            </Button>
            <Button
              variant="default"
              size="xs"
              disabled={!page?.pageInfo.hasNextPage}
              onClick={() => setCursors((c) => [...c, page?.pageInfo.endCursor ?? null])}
            >
              {t('table.next')}
            </Button>
            <Text size="sm">{t('table.selected', { count: chosen })}</Text>
          </Group>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('common.back')}
            </Button>
            <Button onClick={() => void choose()} disabled={chosen === 0} loading={adding || addingAll}>
              {t('campaigns.chooseCustomers')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
