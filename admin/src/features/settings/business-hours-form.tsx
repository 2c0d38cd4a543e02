import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { Weekday } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { FormOutcome } from '../shell/form-field';

export const BusinessHoursFormFragment = graphql(`
  fragment BusinessHoursForm_settings on Settings {
    offlineMessage
    businessHours {
      timezone
      holidays
      days {
        weekday
        opens
        closes
      }
    }
  }
`);

const UpdateBusinessHoursMutation = graphql(`
  mutation UpdateBusinessHours($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      ...BusinessHoursForm_settings
    }
  }
`);

const WEEK: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** Indonesia's zones first, then every other zone the browser knows. */
const INDONESIA = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];
const ZONES = [...INDONESIA, ...Intl.supportedValuesOf('timeZone').filter((zone) => !INDONESIA.includes(zone))];

interface DayRow {
  open: boolean;
  opens: string;
  closes: string;
}

/** The server's field (`businessHours.days.2.closes`) as this form's control. */
type ErrorsByControl = Record<string, string>;

/**
 * ADMIN: when the desk answers (one opening per weekday here; a close at or before the opening is
 * on the next day), its holidays and time zone, and what the widget says while closed.
 */
export function BusinessHoursForm(props: { settings: FragmentType<typeof BusinessHoursFormFragment> }) {
  const { t } = useI18n();
  const settings = getFragmentData(BusinessHoursFormFragment, props.settings);
  const formId = useId();
  const [timezone, setTimezone] = useState(settings.businessHours.timezone);
  const [days, setDays] = useState<Record<Weekday, DayRow>>(() => rowsOf(settings.businessHours.days));
  const [holidays, setHolidays] = useState<string[]>(settings.businessHours.holidays);
  const [newHoliday, setNewHoliday] = useState('');
  const [offlineMessage, setOfflineMessage] = useState(settings.offlineMessage);
  const [errors, setErrors] = useState<ErrorsByControl>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateBusinessHoursMutation);
  const control = (name: string) => `${formId}-${name}`;
  const setDay = (weekday: Weekday, change: Partial<DayRow>) => setDays((current) => ({ ...current, [weekday]: { ...current[weekday], ...change } }));

  function addHoliday() {
    if (!newHoliday) return;
    setHolidays((current) => [...new Set([...current, newHoliday])].sort());
    setNewHoliday('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    setErrors({});
    const openDays = WEEK.filter((weekday) => days[weekday].open);
    const businessHours = {
      timezone,
      days: openDays.map((weekday) => ({ weekday, opens: days[weekday].opens, closes: days[weekday].closes })),
      holidays,
    };
    try {
      await update({ variables: { input: { businessHours, offlineMessage } } });
      setSaved(true);
    } catch (failure) {
      const [first] = apiErrors(failure);
      const name = first?.code === 'BAD_USER_INPUT' ? controlOf(first.field, openDays) : null;
      if (!name) return setFormError(describeError(failure, t));
      setErrors({ [name]: first!.message });
      document.getElementById(control(name))?.focus();
    }
  }

  const errorOf = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`${control(name)}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const invalid = (name: string) => ({
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': errors[name] ? `${control(name)}-error` : undefined,
  });

  return (
    <form onSubmit={submit} noValidate className="business-hours">
      <div className="field">
        <label htmlFor={control('timezone')}>{t('hours.timezone')}</label>
        <select id={control('timezone')} value={timezone} onChange={(e) => setTimezone(e.target.value)} {...invalid('timezone')}>
          {(ZONES.includes(timezone) ? ZONES : [timezone, ...ZONES]).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        {errorOf('timezone')}
      </div>
      <fieldset className="checkbox-list hours-days">
        <legend>{t('hours.days')}</legend>
        <p className="muted">{t('hours.overnightHint')}</p>
        {WEEK.map((weekday) => {
          const day = days[weekday];
          const dayName = t(`hours.weekday.${weekday}`);
          return (
            <div key={weekday} className="hours-day" role="group" aria-label={dayName}>
              <label className="check">
                <input type="checkbox" checked={day.open} onChange={(e) => setDay(weekday, { open: e.target.checked })} />
                <span>{dayName}</span>
              </label>
              {day.open ? (
                <>
                  <label htmlFor={control(`${weekday}-opens`)} className="visually-hidden">
                    {t('hours.opensOn', { day: dayName })}
                  </label>
                  <input
                    id={control(`${weekday}-opens`)}
                    type="time"
                    value={day.opens}
                    onChange={(e) => setDay(weekday, { opens: e.target.value })}
                    {...invalid(`${weekday}-opens`)}
                  />
                  <span aria-hidden="true">–</span>
                  <label htmlFor={control(`${weekday}-closes`)} className="visually-hidden">
                    {t('hours.closesOn', { day: dayName })}
                  </label>
                  <input
                    id={control(`${weekday}-closes`)}
                    type="time"
                    value={day.closes === '24:00' ? '00:00' : day.closes}
                    onChange={(e) => setDay(weekday, { closes: e.target.value })}
                    {...invalid(`${weekday}-closes`)}
                  />
                  {errorOf(`${weekday}-opens`)}
                  {errorOf(`${weekday}-closes`)}
                </>
              ) : (
                <span className="muted">{t('hours.closed')}</span>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset className="checkbox-list">
        <legend>{t('hours.holidays')}</legend>
        {holidays.length === 0 ? <p className="muted">{t('hours.noHolidays')}</p> : null}
        <ul className="hours-holidays">
          {holidays.map((date) => (
            <li key={date}>
              <time dateTime={date}>{date}</time>
              <button type="button" className="button" onClick={() => setHolidays((current) => current.filter((d) => d !== date))}>
                {t('hours.removeHoliday', { date })}
              </button>
            </li>
          ))}
        </ul>
        <div className="field hours-add">
          <label htmlFor={control('holiday')}>{t('hours.newHoliday')}</label>
          <input id={control('holiday')} type="date" value={newHoliday} onChange={(e) => setNewHoliday(e.target.value)} {...invalid('holiday')} />
          <button type="button" className="button" onClick={addHoliday}>
            {t('hours.addHoliday')}
          </button>
          {errorOf('holiday')}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={control('offlineMessage')}>{t('hours.offlineMessage')}</label>
        <textarea id={control('offlineMessage')} rows={3} maxLength={500} value={offlineMessage} onChange={(e) => setOfflineMessage(e.target.value)} {...invalid('offlineMessage')} />
        {errorOf('offlineMessage')}
      </div>
      <FormOutcome error={formError} notice={saved ? t('settings.saved') : null} />
      <button type="submit" className="button primary" disabled={loading}>
        {t('hours.save')}
      </button>
    </form>
  );
}

function rowsOf(entries: { weekday: Weekday; opens: string; closes: string }[]): Record<Weekday, DayRow> {
  const rows = {} as Record<Weekday, DayRow>;
  for (const weekday of WEEK) {
    // One opening per weekday in this form: the first one the server keeps for that day.
    const entry = entries.find((candidate) => candidate.weekday === weekday);
    rows[weekday] = entry ? { open: true, opens: entry.opens, closes: entry.closes } : { open: false, opens: '08:00', closes: '16:00' };
  }
  return rows;
}

/** `businessHours.days.<n>.closes` names the n-th open day's input; holidays are added one by one. */
function controlOf(field: string | undefined, openDays: Weekday[]): string | null {
  if (!field) return null;
  if (field === 'offlineMessage' || field === 'businessHours.timezone') return field.replace('businessHours.', '');
  const day = /^businessHours\.days\.(\d+)\.(opens|closes)$/.exec(field);
  if (day) return openDays[Number(day[1])] ? `${openDays[Number(day[1])]}-${day[2]}` : null;
  if (field.startsWith('businessHours.holidays')) return 'holiday';
  return null;
}
