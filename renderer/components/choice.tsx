/**
 * One option of a radio group or checklist, as a card: the label is the short
 * name (a stable accessible name), the sentence below describes it, and an
 * optional note explains why it is disabled or when it is needed.
 */
import { useId, type ReactNode } from 'react';

export interface ChoiceProps {
  readonly type: 'radio' | 'checkbox';
  readonly name: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: () => void;
  readonly detail?: ReactNode;
  readonly note?: ReactNode;
  readonly badge?: string;
  readonly code?: string;
  readonly disabled?: boolean;
}

export function Choice(props: ChoiceProps) {
  const id = useId();
  const detailId = `${id}-detail`;
  const noteId = `${id}-note`;
  const describedBy = [props.detail ? detailId : '', props.note ? noteId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`choice${props.checked ? ' checked' : ''}${props.disabled ? ' disabled' : ''}`}>
      <input
        id={id}
        type={props.type}
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
        aria-describedby={describedBy}
      />
      <div className="choice-text">
        <label htmlFor={id} className="choice-label">
          {props.label}
        </label>
        {props.badge && <span className="badge">{props.badge}</span>}
        {props.code && <code className="task-code">{props.code}</code>}
        {props.detail && (
          <div id={detailId} className="choice-detail">
            {props.detail}
          </div>
        )}
        {props.note && (
          <div id={noteId} className="choice-note">
            {props.note}
          </div>
        )}
      </div>
    </div>
  );
}
