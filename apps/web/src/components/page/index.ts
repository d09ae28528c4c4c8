export { ComingSoonPage, type ComingSoonPageProps } from './coming-soon-page';
export { ErrorAlert, type ErrorAlertProps } from './error-alert';
export { useErrorMessage } from './error-message';
export { MessagePage, type MessagePageProps } from './message-page';
export { Page, type PageProps } from './page';
export { PageLoader } from './page-loader';
export { RouteErrorBoundary } from './route-error-boundary';
export { RecordFallback, type RecordFallbackProps } from './record-fallback';
export { CreateButton, type CreateButtonProps } from './create-button';
