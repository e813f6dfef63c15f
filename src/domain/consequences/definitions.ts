// Consequences of not cooperating or not leaving, each with the actions that avoid it.
// Courts require the authority to say exactly what the person must do (Bay. LSG L 8 AY
// 11/24), so every consequence lists concrete actions, not just the sanction.
import {
  asylblg1a,
  deportation,
  deportationCosts,
  detention,
  entryBan,
  residenceObligation,
  residenceRestrictions,
} from './enforcement';
import { duldung60b, passlessness, workBan } from './identity';
import type { ConsequenceDef } from './types';

export {
  asylblg1a,
  deportation,
  deportationCosts,
  detention,
  duldung60b,
  entryBan,
  passlessness,
  residenceObligation,
  residenceRestrictions,
  workBan,
};

export const CONSEQUENCES: readonly ConsequenceDef[] = [
  duldung60b,
  workBan,
  asylblg1a,
  entryBan,
  deportation,
  detention,
  deportationCosts,
  residenceRestrictions,
  residenceObligation,
  passlessness,
];
