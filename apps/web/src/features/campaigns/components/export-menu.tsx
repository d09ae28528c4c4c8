import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../lib/files';
import { FileMenu } from '../../../components/export-menu';

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
    await downloadFile(
      `/files/campaigns/${campaignId}/members.${format}?${query.toString()}`,
      `chien-dich-${campaignCode}.${format}`,
    );
  };
  return <FileMenu label={t('campaigns.export')} formats={FORMATS} onPick={download} />;
}
