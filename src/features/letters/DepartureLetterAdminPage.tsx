import { useSync } from '../../app/sync/SyncProvider';
import { OnlineAdminPage } from '../admin/OnlineAdminPage';
import { LetterEditor } from './LetterEditor';
import './letter.css';

/**
 * Route `/verwaltung/ausreiseinformation`: the administrator keeps the organisation's own
 * Ausreiseinformationsschreiben on the server. Online only — a save reaches every device with
 * its next sync; offline the screen says so and changes nothing.
 */
export function DepartureLetterAdminPage() {
  const { letterAdmin } = useSync();
  return (
    <OnlineAdminPage client={letterAdmin} ns="letters">
      {(admin) => <LetterEditor admin={admin} />}
    </OnlineAdminPage>
  );
}
