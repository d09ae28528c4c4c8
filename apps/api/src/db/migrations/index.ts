import { Init1763900000000 } from './1763900000000-init';
import { Customers1764000000000 } from './1764000000000-customers';
import { CustomerPerf1764100000000 } from './1764100000000-customer-perf';
import { CustomerLevelCounts1764150000000 } from './1764150000000-customer-level-counts';

export const migrations = [
  Init1763900000000,
  Customers1764000000000,
  CustomerPerf1764100000000,
  CustomerLevelCounts1764150000000,
];
