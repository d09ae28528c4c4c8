import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { ConfirmContext, type ConfirmOptions } from './confirm-context';

interface Question extends ConfirmOptions {
  resolve: (answer: boolean) => void;
}

export interface ConfirmProviderProps {
  children: ReactNode;
}

export function ConfirmProvider({ children }: ConfirmProviderProps) {
  // The last question stays in state so the dialog keeps its text while it fades out.
  const [question, setQuestion] = useState<Question | null>(null);
  const [opened, setOpened] = useState(false);

  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        setQuestion({ ...options, resolve });
        setOpened(true);
      }),
    [],
  );

  const answer = (value: boolean) => {
    if (opened) {
      question?.resolve(value);
    }
    setOpened(false);
  };

  return (
    <ConfirmContext value={confirm}>
      {children}
      <ConfirmDialog
        opened={opened}
        title={question?.title ?? ''}
        message={question?.message}
        danger={question?.danger}
        onYes={() => answer(true)}
        onNo={() => answer(false)}
      />
    </ConfirmContext>
  );
}
