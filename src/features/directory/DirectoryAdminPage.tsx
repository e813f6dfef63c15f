import { useSync } from '../../app/sync/SyncProvider';
import { OnlineAdminPage } from '../admin/OnlineAdminPage';
import { DirectoryEditor } from './DirectoryEditor';
import './flyer.css';

/**
 * Route `/verwaltung/hilfsangebote`: the administrator maintains the organisation's support
 * directory on the server. Online only — changes go straight to the server and reach every
 * device with its next sync; offline the screen says so and changes nothing.
 */
export function DirectoryAdminPage() {
  const { directoryAdmin } = useSync();
  return (
    <OnlineAdminPage client={directoryAdmin} ns="directory">
      {(admin) => <DirectoryEditor admin={admin} />}
    </OnlineAdminPage>
  );
}
