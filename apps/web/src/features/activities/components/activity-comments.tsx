import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { formatDateTimeVi } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/page';
import type { ActivityQuery } from '../../../gql/graphql';
import { useAddActivityComment } from '../api/add-activity-comment';
import { notifyFailed } from '../../../lib/notify';

type Comment = NonNullable<ActivityQuery['activity']>['comments'][number];

export interface ActivityCommentsProps {
  activityId: string;
  comments: Comment[];
}

/** ACT-04: comments are added, never edited. */
export function ActivityComments({ activityId, comments }: ActivityCommentsProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const [add, { loading }] = useAddActivityComment();
  return (
    <Stack gap="sm">
      {comments.length === 0 ? <Text c="dimmed">{t('activities.comments.empty')}</Text> : null}
      {comments.map((c) => (
        <Paper key={c.id} withBorder p="xs">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {c.author.name}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTimeVi(c.createdAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Text>
        </Paper>
      ))}
      <Textarea
        label={t('activities.comments.placeholder')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group>
        <Button
          loading={loading}
          disabled={body.trim() === ''}
          onClick={async () => {
            try {
              await add({ variables: { activityId, body } });
              setBody('');
            } catch (failure) {
              notifyFailed(errorMessage(failure));
            }
          }}
        >
          {t('activities.comments.add')}
        </Button>
      </Group>
    </Stack>
  );
}
