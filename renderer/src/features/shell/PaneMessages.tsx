/**
 * The notice and error lines under a pane's heading: what an action just did (a polite
 * status) and what went wrong (an alert), each shown only when there is something to say.
 */
export function PaneMessages({ notice, error, noticeTestId, errorTestId }: { notice?: string | null; error?: string | null; noticeTestId?: string; errorTestId?: string }) {
  return (
    <>
      {notice && (
        <p className="notice" role="status" data-testid={noticeTestId}>
          {notice}
        </p>
      )}
      {error && (
        <p className="pane-error" role="alert" data-testid={errorTestId}>
          {error}
        </p>
      )}
    </>
  );
}
