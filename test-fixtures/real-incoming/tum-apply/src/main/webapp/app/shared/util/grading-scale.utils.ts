import { AbstractControl } from '@angular/forms';
import type { TranslateService } from '@ngx-translate/core';

export type GradeType = 'letter' | 'numeric' | 'numericFraction' | 'percentage' | 'invalid';

const NUMERIC_FRACTION_PATTERN = /^([0-9]{1,10}(?:[.,][0-9]{1,5})?)\/([0-9]{1,10}(?:[.,][0-9]{1,5})?)$/;

export interface GradingScaleLimitsData {
  upperLimit: string;
  lowerLimit: string;
  isPercentage?: boolean;
}

export type GradingScaleLimitsResult = GradingScaleLimitsData | null;

/**
 * Determines the type of a grade (letter, numeric, percentage or invalid)
 */
export function getGradeType(value: string): GradeType {
  if (!value || value.trim() === '') {
    return 'invalid';
  }

  const trimmed = value.trim();

  // Check for letter grade (A-Z with optional +/-/*)
  if (/^[A-Z]([+\-*])?$/i.test(trimmed)) {
    return 'letter';
  }

  // Check for percentage (digits with optional comma/dot followed by %)
  if (/^(?:[0-9]{1,10}|[0-9]{1,10}[.,][0-9]{1,5})%$/.test(trimmed)) {
    return 'percentage';
  }

  // Check for fraction grade like "105/110" (Italian convention) before plain numeric.
  if (NUMERIC_FRACTION_PATTERN.test(trimmed)) {
    return 'numericFraction';
  }

  // Check for numeric grade (digits with optional comma/dot)
  if (/^(?:[0-9]{1,10}|[0-9]{1,10}[.,][0-9]{1,5})$/.test(trimmed)) {
    return 'numeric';
  }

  return 'invalid';
}

/**
 * Strips the first % sign from a percentage value
 */
export function stripPercentage(value: string): string {
  return value.replace('%', '').trim();
}

/**
 * Adds % sign to a value
 */
export function addPercentage(value: string): string {
  if (value.endsWith('%')) return value;
  return `${value}%`;
}

/**
 * Converts a letter grade to a numerical value for comparison
 * A=1, A+=0.7, A-=1.3, B=2, B+=1.7, B-=2.3, etc.
 */
export function getLetterValue(letter: string): number {
  const match = letter.match(/^([A-Z])([+\-*])?$/);
  if (!match) return 999;

  const baseLetter = match[1];
  const modifier = match[2];

  let value = baseLetter.charCodeAt(0) - 'A'.charCodeAt(0) + 1;

  if (modifier === '+' || modifier === '*') {
    value -= 0.3;
  } else if (modifier === '-') {
    value += 0.3;
  }

  return value;
}

/**
 * Checks if a numeric/percentage grade is within the specified range
 */
export function isNumericInRange(grade: string, upper: string, lower: string): boolean {
  // Strip % for comparison
  const gradeValue = parseFloat(stripPercentage(grade).replace(',', '.'));
  const upperValue = parseFloat(stripPercentage(upper).replace(',', '.'));
  const lowerValue = parseFloat(stripPercentage(lower).replace(',', '.'));

  if (isNaN(gradeValue) || isNaN(upperValue) || isNaN(lowerValue)) {
    return false;
  }

  if (upperValue < lowerValue) {
    return gradeValue >= upperValue && gradeValue <= lowerValue;
  } else {
    return gradeValue >= lowerValue && gradeValue <= upperValue;
  }
}

/**
 * Detects if a grade is a letter grade
 */
export function detectLetterGrade(grade: string): GradingScaleLimitsResult {
  const letterMatch = grade.match(/^([A-Z])([+\-*])?$/);
  if (!letterMatch) {
    return null;
  }

  const letter = letterMatch[1];
  const modifier = letterMatch[2];

  // If letter contains a modifier, add + to the upper bound
  const hasModifier = modifier === '+' || modifier === '-' || modifier === '*';
  const upperBound = hasModifier ? 'A+' : 'A';

  // If letter is between A and E, propose common range A to E
  if (letter >= 'A' && letter <= 'E') {
    return { upperLimit: upperBound, lowerLimit: 'E' };
  }

  // All other letters are uncommon, propose range A to the letter itself
  return { upperLimit: upperBound, lowerLimit: letter };
}

/**
 * Grading scale definitions for numeric grades
 */
const NUMERIC_GRADING_SCALES = [
  { maxValue: 4.0, upperLimit: '1.0', lowerLimit: '4.0', inclusive: true }, // Cover range from 1.0 to 4.0 (f.e. German system)
  { maxValue: 6.0, upperLimit: '6.0', lowerLimit: '4.0', inclusive: true }, // Cover range from 4.0 to 6.0 (f.e. Swiss system)
  { maxValue: 10.0, upperLimit: '10', lowerLimit: '5', inclusive: true }, // Cover range from 6.0 to 10.0 (f.e. Spanish system)
  { maxValue: 20.0, upperLimit: '20', lowerLimit: '10', inclusive: true }, // Cover range from 10.0 to 20.0 (f.e. French system)
  { maxValue: 40.0, upperLimit: '40', lowerLimit: '20', inclusive: false }, // Cover range from 20.0 to 40.0 (no known systems, propose 40 - 20 for this range. Exclude 40 from this range as it's more likely to be the percentage range 100 - 40)
  { maxValue: 50.0, upperLimit: '100', lowerLimit: '40', inclusive: false }, // Cover range from 40.0 to 50.0 (f.e. percentage based systems => percentage 100 to 50 is more likely which is why this range is limited to 50)
  { maxValue: 100.0, upperLimit: '100', lowerLimit: '50', inclusive: true }, // Cover range from 50.0 to 100.0 (f.e. percentage based systems)
  { maxValue: 110.0, upperLimit: '110', lowerLimit: '66', inclusive: true }, // Cover range from 100.0 to 110.0 (f.e. Italian system)
] as const;

/**
 * Detects if a grade is a numeric grade and returns appropriate limits
 */
export function detectNumericGrade(grade: string): GradingScaleLimitsResult {
  const normalizedValue = grade.replace(',', '.');

  // Check if it's a percentage
  const isPercentage = grade.endsWith('%');
  const valueToCheck = isPercentage ? stripPercentage(grade) : grade;

  // Validate format: only numbers with optional comma/dot
  if (!/^(?:[0-9]{1,10}|[0-9]{1,10}[.,][0-9]{1,5})$/.test(valueToCheck)) {
    return null;
  }

  const numericValue = parseFloat(isPercentage ? stripPercentage(normalizedValue) : normalizedValue);

  // Ignore values below 1
  if (isNaN(numericValue) || numericValue < 1) {
    return null;
  }

  // Find the first matching scale
  for (const scale of NUMERIC_GRADING_SCALES) {
    const matches = !scale.inclusive ? numericValue < scale.maxValue : numericValue <= scale.maxValue;

    if (matches) {
      // Add % if original grade had it
      return {
        upperLimit: isPercentage ? addPercentage(scale.upperLimit) : scale.upperLimit,
        lowerLimit: isPercentage ? addPercentage(scale.lowerLimit) : scale.lowerLimit,
        isPercentage,
      };
    }
  }

  // Values above 110: Propose range from value to value/2
  const lowerLimit = Math.round(numericValue / 2);
  return {
    upperLimit: isPercentage ? addPercentage(numericValue.toString()) : numericValue.toString(),
    lowerLimit: isPercentage ? addPercentage(lowerLimit.toString()) : lowerLimit.toString(),
    isPercentage,
  };
}

/**
 * Detects if a grade is a fraction grade like "105/110" and returns its limits.
 *
 * The denominator becomes the upper limit. The lower limit is taken from the
 * matching row in NUMERIC_GRADING_SCALES so the inferred passing grade matches
 * the surrounding numeric scale (110 -> 66, 100 -> 50, 20 -> 10, ...). When no
 * row matches, the lower limit falls back to half the denominator, rounded.
 */
export function detectFractionGrade(grade: string): GradingScaleLimitsResult {
  const match = grade.match(NUMERIC_FRACTION_PATTERN);
  if (!match) {
    return null;
  }

  const upperRaw = match[2];
  const upperValue = parseFloat(upperRaw.replace(',', '.'));
  if (isNaN(upperValue) || upperValue <= 0) {
    return null;
  }

  // Match the canonical row only: maxValue equals Y AND upperLimit equals Y
  // (skips e.g. the German row at maxValue=4 whose upperLimit='1.0', and the
  // 40–50 fallback row whose upperLimit='100' but maxValue=50).
  const scaleRow = NUMERIC_GRADING_SCALES.find(scale => scale.maxValue === upperValue && parseFloat(scale.upperLimit) === upperValue);
  if (scaleRow) {
    return { upperLimit: scaleRow.upperLimit, lowerLimit: scaleRow.lowerLimit };
  }

  const lowerValue = Math.max(1, Math.round(upperValue / 2));
  return { upperLimit: upperRaw, lowerLimit: lowerValue.toString() };
}

/**
 * Detects the grading scale based on a grade input
 */
export function detectGradingScale(grade: string): GradingScaleLimitsResult {
  if (!grade || grade.trim() === '') {
    return null;
  }

  const trimmedGrade = grade.trim().toUpperCase();

  // Ignore multiple letters without modifiers
  if (/^[A-Z]{2,}$/.test(trimmedGrade)) {
    return null;
  }

  // Check for letter grades
  const letterResult = detectLetterGrade(trimmedGrade);
  if (letterResult) {
    return letterResult;
  }

  // Check for fraction grades (e.g. "105/110") before plain numeric.
  const fractionResult = detectFractionGrade(trimmedGrade);
  if (fractionResult) {
    return fractionResult;
  }

  // Check for numeric/percentage grades
  return detectNumericGrade(trimmedGrade);
}
/**
 * Normalizes grading scale limits based on the format of the given grade.
 *
 * If the grade is a percentage, ensures both limits include a '%' sign.
 * If the grade is not a percentage, removes any '%' sign from the limits.
 */
export function normalizeLimitsForGrade(grade: string, limits: GradingScaleLimitsData): GradingScaleLimitsData {
  const gradeType = getGradeType(grade);

  const result: GradingScaleLimitsData = {
    upperLimit: '',
    lowerLimit: '',
  };

  if (gradeType !== 'percentage') {
    result.upperLimit = stripPercentage(limits.upperLimit);
    result.lowerLimit = stripPercentage(limits.lowerLimit);
    result.isPercentage = false;
  } else {
    result.upperLimit = addPercentage(stripPercentage(limits.upperLimit));
    result.lowerLimit = addPercentage(stripPercentage(limits.lowerLimit));
    result.isPercentage = true;
  }

  return result;
}

export function hasGradeLimits(
  limits: Partial<GradingScaleLimitsData> | null | undefined,
): limits is Pick<GradingScaleLimitsData, 'upperLimit' | 'lowerLimit'> {
  return limits?.upperLimit != null && limits.upperLimit !== '' && limits.lowerLimit != null && limits.lowerLimit !== '';
}

/**
 * Resolves the grading scale limits to show for a given grade.
 *
 * When persisted/manual limits are available, those take precedence and are only normalized
 * to the grade format (for example adding or removing `%`). Otherwise the limits are inferred
 * from the entered grade.
 */
export function resolveGradingScaleLimits(grade: string, limits?: Partial<GradingScaleLimitsData> | null): GradingScaleLimitsResult {
  if (grade.trim() === '') {
    return null;
  }

  if (hasGradeLimits(limits)) {
    return normalizeLimitsForGrade(grade, {
      upperLimit: limits.upperLimit,
      lowerLimit: limits.lowerLimit,
    });
  }

  return detectGradingScale(grade);
}

/**
 * Returns the auto-detected limits as a form patch for grade-limit controls.
 *
 * This intentionally ignores any previously stored manual limits because it is used when
 * the grade input itself changes and the UI should reset to the newly detected defaults.
 */
export function getDetectedGradeLimitsPatch(grade: string): Pick<GradingScaleLimitsData, 'upperLimit' | 'lowerLimit'> {
  const limits = detectGradingScale(grade);

  return {
    upperLimit: limits?.upperLimit ?? '',
    lowerLimit: limits?.lowerLimit ?? '',
  };
}

export interface GradeHelperText {
  key: string;
  params: { upperLimit: string; lowerLimit: string };
}

/**
 * Builds the helper-text translation key plus interpolation params for the active grading scale.
 *
 * Returns undefined when no grading scale could be resolved for the current input. The caller is
 * expected to pass the key and params to a component that performs the translation, so the
 * returned text is never re-translated as if it were a translation key itself.
 */
export function getGradeHelperText(limits: GradingScaleLimitsResult): GradeHelperText | undefined {
  if (!limits) {
    return undefined;
  }

  return {
    key: 'entity.applicationPage2.helperText.gradingScale',
    params: { upperLimit: limits.upperLimit, lowerLimit: limits.lowerLimit },
  };
}

/**
 * Builds the localized warning text for suspicious grade formats.
 *
 * Returns an empty string when the current grade format does not require a warning.
 */
export function getGradeWarningText(translateService: Pick<TranslateService, 'instant'>, grade: string): string {
  return shouldShowGradeWarning(grade) ? (translateService.instant('entity.applicationPage2.warnText') as string) : '';
}

/**
 * Checks if a grade input contains invalid characters or formatting.
 * Shows warning for:
 * - '+' or '-' or '*' not directly following a letter or multiple occurrences of these modifiers
 * - '%' not directly following a number or multiple occurrences of '%'
 * - '.' or ',' not directly between numbers or multiple occurrences of these characters
 * - Other special characters
 */
export function shouldShowGradeWarning(grade: string): boolean {
  if (!grade || grade.trim() === '') {
    return false;
  }

  const trimmed = grade.trim();

  // Fraction format like "105/110" is a valid first-class type — no warning.
  if (NUMERIC_FRACTION_PATTERN.test(trimmed)) {
    return false;
  }

  // Check for numeric grades longer than 4 characters (>= 10000)
  if (/^[0-9][0-9.,]*$/.test(trimmed) && trimmed.replace(/[.,]/g, '').length > 4) {
    return true;
  }

  // Check for special characters other than +, -, *, %, . and ,
  if (/[^A-Za-z0-9+\-*%.,\s]/.test(trimmed)) {
    return true;
  }

  // Check for '+', '-' or '*' not directly following a letter or multiple occurrences of these modifiers
  if ((trimmed.match(/[+\-*]/g)?.length ?? 0) > 1 || /(^|[^A-Za-z])[+\-*]/.test(trimmed)) {
    return true;
  }

  // Check for '%' not directly following a number or multiple occurrences of '%'
  if ((trimmed.match(/%/g)?.length ?? 0) > 1 || /(^|[^0-9])%/.test(trimmed)) {
    return true;
  }

  // Check for '.' or ',' not directly between numbers or multiple occurrences of these characters
  if ((trimmed.match(/[.,]/g)?.length ?? 0) > 1 || /(^|[^0-9])[.,]/.test(trimmed) || /[.,]($|[^0-9])/.test(trimmed)) {
    return true;
  }

  return false;
}

/**
 * Sets or removes a specific error on a FormControl without affecting other errors
 */
export function setControlError(control: AbstractControl, errorKey: string, hasError: boolean): void {
  const currentErrors = control.errors ?? {};

  if (hasError) {
    const errors = Object.assign({}, currentErrors);
    errors[errorKey] = true;
    control.setErrors(errors);
  } else {
    const errors = Object.fromEntries(Object.entries(currentErrors).filter(([key]) => key !== errorKey));
    control.setErrors(Object.keys(errors).length > 0 ? errors : null);
  }
}
