import { Group, Modal } from '@mantine/core';
import { greetingSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Form, SubmitButton, TextareaField, TextField } from '../../../components/form';
import type { RemindersQuery } from '../../../gql/graphql';
import { useSendGreeting } from '../api/send-greeting';
import { notifyDone } from '../../../lib/notify';

type Reminder = RemindersQuery['reminders'][number];

export interface GreetingDialogProps {
  reminder: Reminder;
  onClose: () => void;
}

/** REM-02: a greeting e-mail, sent through the company's SMTP server (PAR-01). */
export function GreetingDialog({ reminder, onClose }: GreetingDialogProps) {
  const { t } = useTranslation();
  const [send] = useSendGreeting();
  const name = reminder.title;
  return (
    <Modal opened onClose={onClose} title={t('reminders.greetTitle', { name })} size="lg">
      <Form
        schema={greetingSchema}
        label={t('reminders.greet')}
        defaultValues={{
          subject: t(`reminders.defaultSubject.${reminder.kind as 'EMPLOYEE_BIRTHDAY'}`, { name }),
          body: t('reminders.defaultBody', { name }),
        }}
        onSubmit={async (values) => {
          const { data } = await send({
            variables: { kind: reminder.kind, recordId: reminder.recordId, ...values },
          });
          if (data) {
            notifyDone(t('reminders.sent', { to: data.sendGreeting.toAddress }));
            onClose();
          }
        }}
      >
        <TextField name="subject" label={t('reminders.subject')} required />
        <TextareaField name="body" label={t('reminders.body')} required minRows={5} />
        <Group>
          <SubmitButton>{t('reminders.send')}</SubmitButton>
        </Group>
      </Form>
    </Modal>
  );
}
