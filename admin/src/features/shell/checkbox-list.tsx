/** A labelled group of checkboxes choosing some of `options` (an agent's teams, a team's members). */
export function CheckboxList(props: {
  legend: string;
  options: { id: string; label: string }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  empty?: string;
}) {
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.selected, id] : props.selected.filter((chosen) => chosen !== id));
  return (
    <fieldset className="checkbox-list">
      <legend>{props.legend}</legend>
      {props.options.length === 0 && props.empty && <p className="muted">{props.empty}</p>}
      {props.options.map((option) => (
        <label key={option.id} className="check">
          <input
            type="checkbox"
            value={option.id}
            checked={props.selected.includes(option.id)}
            onChange={(e) => toggle(option.id, e.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
