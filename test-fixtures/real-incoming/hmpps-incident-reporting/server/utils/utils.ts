const properCase = (word: string): string =>
  word.length >= 1 ? word[0].toUpperCase() + word.toLowerCase().slice(1) : word

const isBlank = (str: string): boolean => /^\s*$/.test(str)

/**
 * Converts a name (first name, last name, middle name, etc.) to proper case equivalent, handling double-barreled names
 * correctly (i.e. each part in a double-barreled is converted to proper case).
 * @param name name to be converted.
 * @returns name converted to proper case.
 */
function properCaseName(name: string | undefined | null): string {
  if (!name || isBlank(name)) {
    return ''
  }

  return name.split('-').map(properCase).join('-')
}

export function convertToTitleCase(sentence: string | undefined | null): string {
  if (!sentence || isBlank(sentence)) {
    return ''
  }

  return sentence.split(' ').map(properCaseName).join(' ')
}

/**
 * Normal display form of a person’s name (often a prisoner)
 * { "firstName": "DAVID", "lastName": "JONES", … } → "David Jones"
 */
export const nameOfPerson = (prisoner: { firstName: string; lastName: string }): string =>
  `${convertToTitleCase(prisoner.firstName)} ${convertToTitleCase(prisoner.lastName)}`.trim()

/**
 * Surname-first display form of a person’s name, matching the Digital Prison Services convention
 * used in breadcrumbs (e.g. linking back to a prisoner’s profile).
 * { "firstName": "DAVID", "lastName": "JONES", … } → "Jones, David"
 */
export const reversedNameOfPerson = (prisoner: { firstName: string; lastName: string }): string => {
  const firstName = convertToTitleCase(prisoner.firstName)
  const lastName = convertToTitleCase(prisoner.lastName)
  if (firstName && lastName) return `${lastName}, ${firstName}`
  return `${lastName}${firstName}`.trim()
}

export const initialiseName = (fullName: string | undefined | null): string | null => {
  // this check is for the authError page
  if (!fullName) return null

  const array = fullName.split(' ')
  return `${array[0][0]}. ${array.reverse()[0]}`
}

export const possessive = (word: string | undefined | null): string => {
  const wordStr = word?.trim() ?? ''
  if (!wordStr) {
    return ''
  }
  return wordStr.toLowerCase().endsWith('s') ? `${wordStr}’` : `${wordStr}’s`
}

/** Make an array of given length with a builder function */
export function buildArray<T>(length: number, builder: (index: number) => T): T[] {
  const array = Array(length)
  for (let index = 0; index < length; index += 1) {
    array[index] = builder(index)
  }
  return array
}

/** Converts all nested Dates into strings */
export function datesAsStrings<T>(obj: T): DatesAsStrings<T> {
  if (
    obj === undefined ||
    obj === null ||
    typeof obj === 'boolean' ||
    typeof obj === 'number' ||
    typeof obj === 'string'
  ) {
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore
    return obj
  }
  if (obj instanceof Date) {
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore
    return obj.toISOString()
  }
  if (Array.isArray(obj)) {
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore
    return obj.map(datesAsStrings)
  }
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment
  // @ts-ignore
  return Object.fromEntries(Object.entries(obj).map(([property, value]) => [property, datesAsStrings(value)]))
}

/**
 * Adds missing question mark to a question.
 *
 * If a sentence is a question (based on the start of it) and it's missing
 * the question marks it adds it. The input string is trimmed.
 *
 * Examples:
 * - `'   DO BIRDS FLY  '` => `'DO BIRDS FLY?'`
 * - `'When did this happen?'` => `'When did this happen?'` (unchanged, already ended with question mark)
 * - `'Describe the incident'` => `'Describe the incident'` (unchanged, not a question)
 * correctly (i.e. each part in a double-barreled is converted to proper case).
 *
 * @param label sentence to adjust
 * @returns trimmed sented with a question mark if it's a question.
 */
export function addQuestionMarkToQuestion(label: string): string {
  let result = label.trim()

  const questionsPrefixes = [
    'are',
    'can',
    'did',
    'do',
    'does',
    'from what',
    'from which',
    'has',
    'have',
    'how',
    'is',
    'to which',
    'was',
    'were',
    'what',
    'when',
    'where',
    'which',
    'who',
    'whose',
    'why',
    'with what',
  ]
  const labelStart = result.toLowerCase()
  if (questionsPrefixes.some(prefix => labelStart.startsWith(`${prefix} `))) {
    if (!result.endsWith('?')) {
      result += '?'
    }
  }

  return result
}

/**
 * Converts a string to sentence case
 *
 * First letter upper case, the rest in lower case. Preserve original
 * case of acronyms and other special words.
 *
 * @param str input string
 * @returns string in sentence case
 */
export function convertToSentenceCase(str: string): string {
  // Special words (e.g. acronyms) - Preserve case if possible
  const preserveList = [
    'A1',
    'ACCT',
    'ADA',
    'AFFF',
    'AirPods',
    'Amazon',
    'AMD',
    'Apple',
    'BDH',
    'C.I',
    'C.N',
    'C.S',
    'CANDR',
    'CCTV',
    'CO2',
    'CPS',
    'CRC',
    'DIMU',
    'DJI',
    'DMIU',
    'DVD',
    'DYI',
    'EGS',
    'F2052SH',
    'F78A',
    'FES',
    'GOAD',
    'GP',
    'H.C.C.',
    'HCO',
    'HHMD',
    'HMD',
    'HMPPS',
    'HMPS',
    'HMP',
    'HSE',
    'IEP',
    'IMB',
    'iPad',
    'KPI',
    'Lewis',
    'LSD',
    'MiFi',
    'N/A',
    'NDTSG',
    'NOMS',
    'NOU',
    'NPS',
    'NTRG',
    'O.C',
    'OMA',
    'ORRU',
    'P.E.',
    'PEMS',
    'PPCS',
    'ROTL',
    'SFO',
    'SIM',
    'SSU',
    'Stockholm',
    'T/R',
    'Tornado',
    'TV',
    'UAL',
    'UAV',
    'UKBA',
    'USB',
    'UV',
    'Vantive',
    'VPU',
    'YO',
    'YOI',
    // 'IT', // IT is problematic: IT (Information Technology) or "it" pronoun?
  ]

  const input = str.trim()
  if (input.length === 0) {
    return ''
  }

  // match words or non-words
  const regex = /(\w+|[^\w\s]+|\s)/g
  const parts = input.match(regex)
  if (!parts) {
    return input
  }

  const mapped = parts.map((part, index) => {
    if (/\w+/.test(part)) {
      const word = part

      const preservedWordFound = preserveList.find(preservedWord => preservedWord.toUpperCase() === word.toUpperCase())
      if (preservedWordFound) {
        return preservedWordFound
      }

      if (index === 0) {
        return properCase(word)
      }

      return word.toLowerCase()
    }

    return part
  })
  let result = mapped.join('')

  // remove duplicated spaces
  result = result.replace(/\s+/g, ' ')

  // post-process multi-word case exceptions
  result = postProcessSentenceCase(result)

  return result
}

function postProcessSentenceCase(input: string): string {
  const exceptions: { match: RegExp; replace: string | ((match: string, ...args: string[]) => string) }[] = [
    {
      match: /\bA AND E\b/i,
      replace: 'A&E',
    },
    {
      match: /^IT$/i,
      replace: 'IT',
    },
    {
      match: /\bN\/A\b/i,
      replace: 'N/A',
    },
    {
      match: /\bCategory ([ABCDE])\b/i,
      replace: (_: string, category: string) => `Category ${category.toUpperCase()}`,
    },
  ]
  let output = input
  for (const { match, replace } of exceptions) {
    output = output.replace(match, replace as string)
  }
  return output
}

/** Checks whether a value or list of values is valid */
export function hasInvalidValues(input: string | string[], validValues: string[]): boolean {
  if (Array.isArray(input)) {
    return input.some(value => !validValues.includes(value))
  }
  return !validValues.includes(input)
}

/**
 * Checks if the error has a `responseStatus` property and its value matches `statusCode`
 *
 * @param error anything, but possibly an object with `responseStatus` property
 * @param statusCode expected status code, e.g. 404
 *
 * @returns true if the error status code matches `statusCode`
 */
export function errorResponseStatusMatches(error: unknown, statusCode: number): boolean {
  if (error && typeof error === 'object' && 'responseStatus' in error && error?.responseStatus === statusCode) {
    return true
  }

  return false
}
