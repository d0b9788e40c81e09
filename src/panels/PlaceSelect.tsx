/** A labelled select of [code, name] places with an "all" option (value null). */
export function PlaceSelect(props: {
  label: string;
  allLabel: string;
  value: string | null;
  options: readonly [string, string][];
  onChange: (code: string | null) => void;
  testId: string;
  disabled?: boolean;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        value={props.value ?? ""}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value === "" ? null : e.target.value)}
        data-testid={props.testId}
      >
        <option value="">{props.allLabel}</option>
        {props.options.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
