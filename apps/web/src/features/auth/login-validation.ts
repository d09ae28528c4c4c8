// The shared login rules and their messages, fetched apart from the login page itself: zod
// outweighs the page, and is needed only once someone starts typing.
export { loginSchema, translate } from '@sen/shared';
