import { SecretValues } from "../../src/plan/secret-values.js";

/**
 * The AWS secret key rule, written the plain way (one character at a time,
 * the ends of the text as boundaries), to hold the strided scan of
 * secret-values.ts to exactly the same answers.
 */
function plainAwsSecretKey(value: string): boolean {
  const isKey = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 47 || c === 43;
  let runStart = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 32;
    if (isKey(c)) continue;
    const run = value.slice(runStart, i);
    if (i - runStart === 40 && c !== 61 && value.charCodeAt(runStart - 1) !== 61 && /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run)) {
      return true;
    }
    runStart = i + 1;
  }
  return false;
}

const KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const values = new SecretValues();

test("a 40-character key is found at every offset and alignment, and runs of other lengths are not", () => {
  const fillers = ["", " ", "-", "=", "é", ".x.", "ab-", "AbC1 "];
  let found = 0;
  for (let offset = 0; offset < 90; offset++) {
    for (const filler of fillers) {
      for (const key of [KEY, KEY.slice(1), `${KEY}Q`, KEY.toLowerCase(), `${KEY.slice(0, 20)} ${KEY.slice(20)}`]) {
        for (const after of ["", " end", "= end", "-"]) {
          const text = `${"-".repeat(offset)}${filler}${key}${after}`;
          const expected = plainAwsSecretKey(text);
          if (expected) found++;
          expect({ text, found: values.matches(text) }).toEqual({ text, found: expected });
        }
      }
    }
  }
  expect(found).toBeGreaterThan(500);
});

test("long base64 runs and long texts made only of short runs stay visible", () => {
  const blob = "QUJDRGVmZ2gxMjM0".repeat(400);
  expect(values.matches(blob)).toBe(plainAwsSecretKey(blob));
  const arn = "arn:aws:iam::123456789012:role/service-role/app-a1b2c3d4e5f6g7h8i9j0".repeat(30);
  expect(values.matches(arn)).toBe(false);
  expect(values.matches(`x ${KEY} y`)).toBe(true);
});

test("a value that is exactly a key, or ends with one, is masked", () => {
  expect(values.matches(KEY)).toBe(true);
  expect(values.matches(`secret: ${KEY}`)).toBe(true);
  expect(values.matches(`${KEY}=`)).toBe(false);
});
