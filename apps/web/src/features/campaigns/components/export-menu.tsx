import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../lib/files';
import { notifyFailed } from '../../../lib/notify';

export interface ExportMenuProps {
  campaignId: string;
  campaignCode: string;
  statuses: string[];
  joinedFrom: string | null;
  joinedTo: string | null;
}

const FORMATS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'html', label: 'HTML' },
  { format: 'xlsx', label: 'Excel' },
] as const;

/**
 * "Xuất khẩu khách hàng" (CMP-09): the members as the tab filters them (all, by status, by join
 * dates), from the same file endpoint integrators use.
 */
export function ExportMenu({ campaignId, campaignCode, statuses, joinedFrom, joinedTo }: ExportMenuProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async (format: string) => {
    const query = new URLSearchParams();
    if (statuses.length) {
      query.set('statuses', statuses.join(','));
    }
    if (joinedFrom) {
      query.set('joinedFrom', joinedFrom);
    }
    if (joinedTo) {
      query.set('joinedTo', joinedTo);
    }
    setBusy(true);
    try {
      await downloadFile(
        `/files/campaigns/${campaignId}/members.${format}?${query.toString()}`,
        `chien-dich-${campaignCode}.${format}`,
      );
    } catch (error) {
      notifyFailed((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {t('campaigns.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FORMATS.map((f) => (
          <Menu.Item key={f.format} onClick={() => void download(f.format)}>
            {f.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
