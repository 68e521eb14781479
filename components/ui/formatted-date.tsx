// A date as readers expect it in a publication ("27 November 2026"), machine-readable via <time>.
const FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return FORMAT.format(date);
}

export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date)}</time>;
}
