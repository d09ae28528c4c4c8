import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm';
import { useErrorMessage } from '../../../components/page';
import { errorCode } from '../../../lib/errors';
import { useDeleteCampaign } from '../api/delete-campaign';
import { useDeleteCampaigns } from '../api/delete-campaigns';
import { notifyDone, notifyFailed } from '../../../lib/notify';

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
      notifyDone(t('campaigns.deleted', { name: campaign.name }));
      return true;
    } catch (error) {
      notifyFailed(errorMessage(error));
      return false;
    }
  };
}

/**
 * "Thao tác" → Xóa on the ticked campaigns: "Có" / "Không", then once more naming their customers
 * when some have members; all go to the trash or none. Resolves true when deleted.
 */
export function useDeleteCampaignsAction() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const [deleteCampaigns] = useDeleteCampaigns();

  return async (campaigns: Target[]): Promise<boolean> => {
    const one = campaigns.length === 1 ? campaigns[0] : null;
    const yes = await confirm({
      title: t('campaigns.deleteTitle'),
      message: one
        ? t('campaigns.deleteConfirm', { name: one.name })
        : t('campaigns.deleteManyConfirm', { count: campaigns.length }),
      danger: true,
    });
    if (!yes) {
      return false;
    }
    const ids = campaigns.map((c) => c.id);
    try {
      let count: number;
      try {
        count = (await deleteCampaigns({ variables: { ids } })).data?.deleteCampaigns ?? 0;
      } catch (error) {
        if (errorCode(error) !== 'CONFIRMATION_REQUIRED') {
          throw error;
        }
        const members = memberCountOf(error);
        const again = await confirm({
          title: t('campaigns.deleteMembersTitle'),
          message: one
            ? t('campaigns.deleteMembersConfirm', { count: members, name: one.name })
            : t('campaigns.deleteManyMembersConfirm', { count: members }),
          danger: true,
        });
        if (!again) {
          return false;
        }
        count = (await deleteCampaigns({ variables: { ids, confirm: true } })).data?.deleteCampaigns ?? 0;
      }
      notifyDone(t('campaigns.deletedMany', { count }));
      return true;
    } catch (error) {
      notifyFailed(errorMessage(error));
      return false;
    }
  };
}
