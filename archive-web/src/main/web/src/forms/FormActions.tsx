/** The form's Save button and the way back without saving. */
export function FormActions({ saving, cancelHref }: { saving: boolean; cancelHref: string }) {
  return (
    <div class="form-actions">
      <button type="submit" class="button primary" aria-disabled={saving ? 'true' : undefined}>
        Save
      </button>
      <a class="button secondary" href={cancelHref}>
        Cancel
      </a>
      {saving && (
        <span class="saving" aria-hidden="true">
          Saving…
        </span>
      )}
    </div>
  );
}
