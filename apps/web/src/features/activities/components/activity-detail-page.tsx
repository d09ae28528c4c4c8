import { Box, Button, Paper, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { formatDateTimeVi, updateActivitySchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useConfirm } from '../../../components/confirm';
import { Form, FormActions } from '../../../components/form';
import { Page, useErrorMessage, RecordFallback } from '../../../components/page';
import { useActivity } from '../api/activity';
import { useDeleteActivities } from '../api/delete-activities';
import { useUpdateActivity } from '../api/update-activity';
import { ActivityComments } from './activity-comments';
import { ActivityFormFields } from './activity-form-fields';
import { ActivityHistory } from './activity-history';
import { iso, safeBack } from './safe-back';
import { notifyDone, notifyFailed } from '../../../lib/notify';

/** Sửa giao dịch ("Cập nhật" / "Trở về"), with its comments and history (ACT-04, ACT-05). */
export function ActivityDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useActivity(id);
  const [updateActivity] = useUpdateActivity();
  const [deleteActivities] = useDeleteActivities();
  const back = () => void navigate(safeBack(params.get('back'), '/activities'));
  const activity = data?.activity;

  if (!activity) {
    return (
      <RecordFallback
        query={{ loading, error, refetch }}
        title={t('activities.title')}
        notFound={t('activities.notFound')}
        back="/activities"
      />
    );
  }
  const remove = async () => {
    if (
      !(await confirm({
        title: t('activities.delete'),
        message: t('activities.deleteConfirm', { count: 1 }),
      }))
    ) {
      return;
    }
    try {
      await deleteActivities({ variables: { ids: [activity.id] } });
      notifyDone(t('activities.deleted', { count: 1 }));
      back();
    } catch (failure) {
      notifyFailed(errorMessage(failure));
    }
  };

  return (
    <Page
      back="/activities"
      title={activity.name}
      subtitle={`${t('activities.fields.createdBy')}: ${activity.createdBy.name} · ${formatDateTimeVi(activity.createdAt)}`}
      actions={
        <Button color="red" variant="light" onClick={() => void remove()}>
          {t('activities.delete')}
        </Button>
      }
    >
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Box>
          <Paper withBorder p="lg">
            <Form
              key={activity.version}
              schema={updateActivitySchema}
              label={t('activities.editTitle')}
              defaultValues={{
                name: activity.name,
                type: activity.type,
                status: activity.status,
                priority: activity.priority,
                description: activity.description ?? null,
                startAt: activity.startAt ?? null,
                dueAt: activity.dueAt ?? null,
                assigneeId: activity.assignee.id,
                participantIds: activity.participants.map((p) => p.id),
                customerIds: activity.customers.map((c) => c.id),
                version: activity.version,
              }}
              onSubmit={async (input) => {
                const { data: saved } = await updateActivity({
                  variables: {
                    id: activity.id,
                    input: { ...input, startAt: iso(input.startAt), dueAt: iso(input.dueAt) },
                  },
                });
                if (saved) {
                  notifyDone(t('activities.updated', { name: saved.updateActivity.name }));
                  back();
                }
              }}
            >
              <ActivityFormFields initialCustomers={activity.customers} />
              <FormActions mode="edit" onBack={back} />
            </Form>
          </Paper>
        </Box>
        <Box>
          <Paper withBorder p="md">
            <Tabs defaultValue="history">
              <Tabs.List>
                <Tabs.Tab value="history">{t('activities.history.title')}</Tabs.Tab>
                <Tabs.Tab value="comments">
                  {t('activities.comments.title')} ({activity.comments.length})
                </Tabs.Tab>
              </Tabs.List>
              <Stack mt="md">
                <Tabs.Panel value="history">
                  <ActivityHistory entries={activity.history} />
                </Tabs.Panel>
                <Tabs.Panel value="comments">
                  <ActivityComments activityId={activity.id} comments={activity.comments} />
                </Tabs.Panel>
              </Stack>
            </Tabs>
          </Paper>
        </Box>
      </SimpleGrid>
    </Page>
  );
}
