import { LoginPage } from './components/login-page';

/** `/login`, lazy-loaded by the app router. */
export function LoginRoute() {
  return <LoginPage />;
}
