/**
 * Date/time literals in the form PostgreSQL prints them back, so a spec's `default: '10:30'`
 * matches the catalog's `'10:30:00'::time`, `'1 hour'` matches `'01:00:00'` and `'2 weeks'`
 * matches `'14 days'`. Text that is not one of the simple forms handled here is returned as is.
 */
export function normalizeTemporal(type: string, text: string): string {
  const value = text.trim();
  switch (type) {
    case 'time':
      return normalizeTime(value) ?? value;
    case 'timestamp':
    case 'timestamptz':
      return normalizeTimestamp(value) ?? value;
    case 'interval':
      return normalizeInterval(value) ?? value;
    default:
      return value;
  }
}

function normalizeTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(text);
  if (!m) return null;
  const fraction = (m[4] ?? '').replace(/0+$/, '');
  return `${(m[1] ?? '').padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}${fraction === '.' ? '' : fraction}`;
}

function normalizeTimestamp(text: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T]([\d:.]+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!m) return null;
  const time = m[2] ? normalizeTime(m[2]) : '00:00:00';
  if (time === null) return null;
  const zone = m[3];
  if (!zone) return `${m[1]} ${time}`;
  const offset =
    zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.length === 3
        ? `${zone}:00`
        : zone.includes(':')
          ? zone
          : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const instant = Date.parse(`${m[1]}T${time}${offset}`);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

const UNITS: Readonly<Record<string, readonly [field: 'months' | 'days' | 'seconds', factor: number]>> = {
  year: ['months', 12],
  month: ['months', 1],
  mon: ['months', 1],
  week: ['days', 7],
  day: ['days', 1],
  hour: ['seconds', 3600],
  hr: ['seconds', 3600],
  minute: ['seconds', 60],
  min: ['seconds', 60],
  second: ['seconds', 1],
  sec: ['seconds', 1],
};

function normalizeInterval(text: string): string | null {
  const total = { months: 0, days: 0, seconds: 0 };
  const parts = text.toLowerCase().split(/\s+/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(part);
    if (clock) {
      total.seconds += Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
      continue;
    }
    const unit = UNITS[(parts[i + 1] ?? '').replace(/s$/, '')];
    if (!/^\d+$/.test(part) || !unit) return null;
    total[unit[0]] += Number(part) * unit[1];
    i++;
  }
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const years = Math.floor(total.months / 12);
  const months = total.months % 12;
  const out = [years ? plural(years, 'year') : '', months ? plural(months, 'mon') : '', total.days ? plural(total.days, 'day') : ''];
  if (total.seconds || out.every((p) => p === '')) {
    const two = (n: number) => String(n).padStart(2, '0');
    out.push(`${two(Math.floor(total.seconds / 3600))}:${two(Math.floor(total.seconds / 60) % 60)}:${two(total.seconds % 60)}`);
  }
  return out.filter((p) => p !== '').join(' ');
}
