export { MoreIcon, PlusIcon } from './icons';
