/**
 * Picking a file by button or by dropping it on the area (issue 9.3, 9.5).
 * The file is handed over as is; its size is checked by the caller before
 * anything is read.
 */
import { useId, useRef, useState, type DragEvent } from 'react';

export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface FilePickProps {
  /** The button's text. */
  readonly label: string;
  /** The accessible name of the hidden file input. */
  readonly inputLabel: string;
  /** The drop area's text; no drop area without it. */
  readonly dropText?: string;
  readonly onFile: (file: PickedFile) => void;
  readonly primary?: boolean;
}

export function FilePick({ label, inputLabel, dropText, onFile, primary }: FilePickProps) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div
      className={`file-pick${dropText ? ' drop-zone' : ''}${over ? ' over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId} className="offscreen">
        {inputLabel}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".json,application/json"
        className="offscreen"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <button type="button" className={primary ? 'primary' : undefined} onClick={() => input.current?.click()}>
        {label}
      </button>
      {dropText && <p className="note">{dropText}</p>}
    </div>
  );
}
