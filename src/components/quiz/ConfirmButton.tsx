interface Props {
  /** The button's words, e.g. 清空错题本. */
  label: string;
  /** The question the browser asks before anything is lost. */
  question: string;
  onConfirm: () => void;
}

/** A button for something that cannot be undone: the browser's own dialog asks first (accessible everywhere). */
export function ConfirmButton({ label, question, onConfirm }: Props) {
  return (
    <button type="button" class="button" onClick={() => confirm(question) && onConfirm()}>
      {label}
    </button>
  );
}
