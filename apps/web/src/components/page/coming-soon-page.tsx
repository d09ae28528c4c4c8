import { useTranslation } from 'react-i18next';
import { MessagePage } from './message-page';

export interface ComingSoonPageProps {
  title: string;
}

export function ComingSoonPage({ title }: ComingSoonPageProps) {
  const { t } = useTranslation();
  return <MessagePage title={title} heading={t('comingSoon.title')} body={t('comingSoon.body')} />;
}
