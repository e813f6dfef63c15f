import type { AssessmentItem } from '../../../domain';
import { ConsequencePanel } from './ConsequencePanel';
import { OptionsmodellPanel } from './OptionsmodellPanel';
import { PathwayPanel } from './PathwayPanel';
import type { AssessmentPanelProps } from './PathwayPanel';
import { ReturnOptionsPanel } from './ReturnOptionsPanel';

export type AssessmentViewName = AssessmentItem['view'];

type Props = AssessmentPanelProps & { view: AssessmentViewName };

/** Renders the engine result a script item asks for (`AssessmentItem.view`). */
export function AssessmentView({ view, ...panel }: Props) {
  switch (view) {
    case 'pathways':
      return <PathwayPanel {...panel} />;
    case 'consequences':
      return <ConsequencePanel {...panel} />;
    case 'return-options':
      return <ReturnOptionsPanel {...panel} />;
    case 'optionsmodell':
      return <OptionsmodellPanel {...panel} />;
  }
}
