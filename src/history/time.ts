/** A time zone Intl knows, or UTC: a typo in configuration must not break rendering. */
export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

function parts(date: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: safeTimeZone(timeZone),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** `2025-03-14` in the given zone. */
export function formatDate(date: Date, timeZone = "UTC"): string {
  const { year, month, day } = parts(date, timeZone);
  return `${year}-${month}-${day}`;
}

/** `2025-03-14 19:00 (Asia/Tokyo)`, or with seconds for step records. */
export function formatDateTime(date: Date, timeZone = "UTC", withSeconds = false): string {
  const { hour, minute, second } = parts(date, timeZone);
  const time = withSeconds ? `${hour}:${minute}:${second}` : `${hour}:${minute}`;
  return `${formatDate(date, timeZone)} ${time} (${safeTimeZone(timeZone)})`;
}
