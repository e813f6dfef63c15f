/**
 * The reload button of an administration screen with its polite status line ("loading",
 * "loaded at …"). While loading the button stays focusable but does nothing.
 */
export function RefreshBar({
  label,
  status,
  loading,
  onReload,
}: {
  label: string;
  status: string;
  loading: boolean;
  onReload: () => void;
}) {
  return (
    <div className="row admin-toolbar">
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        aria-disabled={loading || undefined}
        onClick={() => {
          if (!loading) onReload();
        }}
      >
        <span className="kern-label">{label}</span>
      </button>
      <p className="kern-body" role="status">
        {status}
      </p>
    </div>
  );
}
