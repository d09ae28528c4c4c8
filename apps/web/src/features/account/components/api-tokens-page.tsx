import { Anchor, Badge, Button, Modal } from '@mantine/core';
import { apiTokenSchema, formatDateTimeVi } from '@sen/shared';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm';
import { DataTable } from '../../../components/data-table';
import { Form, FormActions, TextField } from '../../../components/form';
import { Page, useErrorMessage } from '../../../components/page';
import type { ApiTokensQuery } from '../../../gql/graphql';
import { useApiTokens } from '../api/api-tokens';
import { useCreateApiToken } from '../api/create-api-token';
import { useRevokeApiToken } from '../api/revoke-api-token';
import { CreatedTokenBox } from './created-token-box';
import { notifyDone, notifyFailed } from '../../../lib/notify';

type ApiTokenRow = ApiTokensQuery['apiTokens'][number];

export function ApiTokensPage() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useApiTokens();
  const [createToken] = useCreateApiToken();
  const [revokeToken] = useRevokeApiToken();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  const columns = useMemo<ColumnDef<ApiTokenRow>[]>(() => {
    const revoke = async (token: ApiTokenRow) => {
      const yes = await confirm({
        title: t('account.revokeConfirmTitle'),
        message: t('account.revokeConfirm', { name: token.name }),
        danger: true,
      });
      if (!yes) {
        return;
      }
      try {
        await revokeToken({ variables: { id: token.id } });
        notifyDone(t('account.revoked', { name: token.name }));
      } catch (e) {
        notifyFailed(errorMessage(e));
      }
    };
    return [
      {
        id: 'name',
        header: t('account.tokenName'),
        enableHiding: false,
        cell: ({ row }) => row.original.name,
      },
      {
        id: 'createdAt',
        header: t('account.tokenCreatedAt'),
        cell: ({ row }) => formatDateTimeVi(row.original.createdAt),
      },
      {
        id: 'lastUsedAt',
        header: t('account.tokenLastUsed'),
        cell: ({ row }) =>
          row.original.lastUsedAt ? formatDateTimeVi(row.original.lastUsedAt) : t('account.tokenNeverUsed'),
      },
      {
        id: 'status',
        header: t('account.tokenStatus'),
        cell: ({ row }) =>
          row.original.revokedAt ? (
            <Badge color="gray" variant="light">
              {t('account.tokenRevoked')}
            </Badge>
          ) : (
            <Badge color="teal" variant="light">
              {t('account.tokenActive')}
            </Badge>
          ),
      },
      {
        id: 'actions',
        header: '',
        enableHiding: false,
        meta: { alwaysVisible: true },
        cell: ({ row }) =>
          row.original.revokedAt ? null : (
            <Button
              size="compact-sm"
              color="red"
              variant="subtle"
              aria-label={`${t('account.revoke')} ${row.original.name}`}
              onClick={() => void revoke(row.original)}
            >
              {t('account.revoke')}
            </Button>
          ),
      },
    ];
  }, [t, confirm, revokeToken, errorMessage]);

  return (
    <Page
      title={t('account.apiTokens')}
      subtitle={t('account.apiTokensIntro')}
      actions={
        <>
          <Anchor href="/graphql" target="_blank" rel="noopener" size="sm">
            {t('account.graphiql')}
          </Anchor>
          <Button
            onClick={() => {
              setCreated(null);
              setAdding(true);
            }}
          >
            {t('common.add')}
          </Button>
        </>
      }
    >
      {created ? (
        <CreatedTokenBox name={created.name} token={created.token} onClose={() => setCreated(null)} />
      ) : null}
      <DataTable
        label={t('account.apiTokens')}
        data={data?.apiTokens}
        columns={columns}
        getRowId={(token) => token.id}
        totalCount={data?.apiTokens.length}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={{
          title: t('empty.apiTokensNone'),
          description: t('empty.apiTokensHint'),
          action: (
            <Button
              onClick={() => {
                setCreated(null);
                setAdding(true);
              }}
            >
              {t('account.newToken')}
            </Button>
          ),
        }}
      />
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('account.newToken')} centered>
        <Form
          schema={apiTokenSchema}
          label={t('account.newToken')}
          defaultValues={{ name: '' }}
          onSubmit={async ({ name }) => {
            const result = await createToken({ variables: { name } });
            if (result.data) {
              setCreated({
                name: result.data.createApiToken.apiToken.name,
                token: result.data.createApiToken.token,
              });
              setAdding(false);
            }
          }}
        >
          <TextField name="name" label={t('account.tokenName')} required data-autofocus />
          <FormActions mode="create" onBack={() => setAdding(false)} />
        </Form>
      </Modal>
    </Page>
  );
}
