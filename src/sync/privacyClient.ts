import { z } from 'zod';
import {
  deletionResultSchema,
  retentionPreviewSchema,
  retentionSettingsSchema,
  retentionStateSchema,
  type DeletionResult,
  type RetentionPreview,
  type RetentionSettingsWire,
  type RetentionState,
} from '../protocol';
import type { ApiCall } from './transport';

const settingsResponse = z.object({ settings: retentionSettingsSchema });
const ruleResponse = z.object({ rule: z.string(), deleted: deletionResultSchema });
/** The Art. 15 export is passed on as it came (the schema is docs/art15-export.schema.json). */
const accessExportSchema = z
  .object({
    format: z.literal('perspektive-art15-export'),
    formatVersion: z.number(),
    generatedAt: z.string(),
    case: z.object({ id: z.string() }).loose(),
  })
  .loose();
export type AccessExportWire = z.infer<typeof accessExportSchema>;

/**
 * Retention administration, Art. 17 deletion and the Art. 15 export on the organisation's
 * server. Online only: every call fails with SyncHttpError (status 0 offline; 403 for a role
 * that may not; 409 `preview_changed` / `due_changed` / `legal_basis_required`) and changes
 * nothing on the device. Nothing it receives is stored: the export is shown and downloaded,
 * never written to IndexedDB.
 */
export function privacyClient(call: ApiCall, token: string) {
  const id = (value: string) => encodeURIComponent(value);
  return {
    state(): Promise<RetentionState> {
      return call('GET', '/api/admin/retention', retentionStateSchema, undefined, token);
    },
    async saveSettings(settings: RetentionSettingsWire): Promise<RetentionSettingsWire> {
      const path = '/api/admin/retention/settings';
      return (await call('PUT', path, settingsResponse, settings, token)).settings;
    },
    preview(rule: string, amount: number): Promise<RetentionPreview> {
      const path = '/api/admin/retention/preview';
      return call('POST', path, retentionPreviewSchema, { rule, amount }, token);
    },
    async setRule(
      rule: string,
      body: { enabled: boolean; amount: number; previewToken?: string },
    ): Promise<DeletionResult> {
      const path = `/api/admin/retention/rules/${id(rule)}`;
      return (await call('PUT', path, ruleResponse, body, token)).deleted;
    },
    confirmDue(dueToken: string): Promise<DeletionResult> {
      const path = '/api/admin/retention/due/confirm';
      return call('POST', path, deletionResultSchema, { token: dueToken }, token);
    },
    erase(caseId: string, legalBasis: string | undefined): Promise<DeletionResult> {
      const path = `/api/admin/cases/${id(caseId)}/erase`;
      const body = legalBasis ? { legalBasis } : {};
      return call('POST', path, deletionResultSchema, body, token);
    },
    accessExport(caseId: string): Promise<AccessExportWire> {
      const path = `/api/privacy/cases/${id(caseId)}/export`;
      return call('GET', path, accessExportSchema, undefined, token);
    },
  };
}
export type PrivacyClient = ReturnType<typeof privacyClient>;
