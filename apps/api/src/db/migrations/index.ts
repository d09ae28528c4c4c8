import { Init1763900000000 } from './1763900000000-init';
import { Customers1764000000000 } from './1764000000000-customers';

export const migrations = [Init1763900000000, Customers1764000000000];
