import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm';
import { useErrorMessage } from '../../../components/page';
import { errorCode } from '../../../lib/errors';
import { useDeleteCampaign } from '../api/delete-campaign';

interface Target {
  id: string;
  name: string;
}

function memberCountOf(error: unknown): number {
  const first = (error as { errors?: { extensions?: { memberCount?: unknown } }[] }).errors?.[0];
  return typeof first?.extensions?.memberCount === 'number' ? first.extensions.memberCount : 0;
}

/**
 * Xóa → "Có" / "Không"; a campaign with members asks a second time, naming how many (CMP-03).
 * Resolves true when deleted.
 */
export function useDeleteCampaignAction() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const [deleteCampaign] = useDeleteCampaign();

  return async (campaign: Target): Promise<boolean> => {
    const yes = await confirm({
      title: t('campaigns.deleteTitle'),
      message: t('campaigns.deleteConfirm', { name: campaign.name }),
      danger: true,
    });
    if (!yes) {
      return false;
    }
    try {
      try {
        await deleteCampaign({ variables: { id: campaign.id } });
      } catch (error) {
        if (errorCode(error) !== 'CONFIRMATION_REQUIRED') {
          throw error;
        }
        const again = await confirm({
          title: t('campaigns.deleteMembersTitle'),
          message: t('campaigns.deleteMembersConfirm', { count: memberCountOf(error), name: campaign.name }),
          danger: true,
        });
        if (!again) {
          return false;
        }
        await deleteCampaign({ variables: { id: campaign.id, confirm: true } });
      }
      notifications.show({ color: 'teal', message: t('campaigns.deleted', { name: campaign.name }) });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
      return false;
    }
  };
}
