export {
  CAMPAIGN_MEMBER_STATUSES,
  CAMPAIGN_MEMBER_STATUS_VI,
  allowedTargets,
  assertTransition,
  canTransition,
  commonTargets,
  cumulativeTotals,
} from './campaign-member';
export type { CampaignMemberStatus, CampaignMemberTotals } from './campaign-member';
export {
  CUSTOMER_LEVELS,
  CUSTOMER_LEVEL_VI,
  MANUAL_LEVELS,
  canSetManually,
  initialLevel,
  levelAfterEvent,
} from './customer-level';
export type { CustomerEvent, CustomerEventKind, CustomerLevel } from './customer-level';
export { stateMachine } from './machine';
export type { StateMachine } from './machine';
export * from './sales';
