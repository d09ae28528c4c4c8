export const STATUS_COLORS = {
  registered: '#228be6',
  confirmed: '#15aabf',
  joined: '#12b886',
  cancelled: '#868e96',
} as const;
