import { inputClass, labelClass } from './styles';

/** A labelled select of a GET filter form; `all` adds the "no filter" choice first (an empty value). */
export function FilterSelect(props: {
  form: string;
  name: string;
  label: string;
  value?: string;
  options: Array<[value: string, label: string]>;
  all?: string;
}) {
  const id = `${props.form}-${props.name}`;
  return (
    <div className="min-w-36 flex-1 sm:flex-none">
      <label htmlFor={id} className={labelClass}>
        {props.label}
      </label>
      <select id={id} name={props.name} defaultValue={props.value ?? ''} className={inputClass}>
        {props.all !== undefined ? <option value="">{props.all}</option> : null}
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
