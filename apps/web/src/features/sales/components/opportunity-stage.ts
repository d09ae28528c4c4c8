import { OPPORTUNITY_STAGE_LABEL, OPPORTUNITY_STAGES, type OpportunityStage } from '@sen/shared';

export const STAGES = OPPORTUNITY_STAGES;

export const STAGE_COLOR: Record<OpportunityStage, string> = {
  NEEDS_ANALYSIS: 'blue',
  PROPOSAL: 'cyan',
  NEGOTIATION: 'orange',
  WON: 'teal',
  LOST: 'red',
};

/** The seeds' Vietnamese stage names (and English), from the shared package. */
export function stageLabel(stage: OpportunityStage, language: string): string {
  return OPPORTUNITY_STAGE_LABEL[stage][language === 'en' ? 'en' : 'vi'];
}
