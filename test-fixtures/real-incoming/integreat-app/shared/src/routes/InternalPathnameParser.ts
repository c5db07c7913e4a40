/* eslint-disable @typescript-eslint/no-non-null-assertion */
import normalizePath from '../utils/normalizePath.ts'
import { RouteInformationType } from './RouteInformationTypes.ts'
import {
  CATEGORIES_ROUTE,
  IMPRINT_ROUTE,
  EVENTS_ROUTE,
  REGIONS_ROUTE,
  NEWS_ROUTE,
  PLACES_ROUTE,
  RESERVED_REGION_CONTENT_SLUGS,
  SEARCH_ROUTE,
  LEGACY_REGIONS_ROUTE,
  LEGACY_PLACES_ROUTE,
} from './index.ts'
import { parseQueryParams } from './query.ts'

const ENTITY_ID_INDEX = 3

class InternalPathnameParser {
  _parts: string[]
  _length: number
  _fallbackLanguageCode: string
  _fixedRegion: string | null
  _queryParams: URLSearchParams

  constructor(pathname: string, languageCode: string, fixedRegion: string | null, query?: string) {
    this._fixedRegion = fixedRegion
    this._fallbackLanguageCode = languageCode
    this._parts = this.pathnameParts(normalizePath(pathname))
    this._length = this._parts.length
    this._queryParams = new URLSearchParams(query)
  }

  pathnameParts = (pathname: string): string[] => {
    const parts = pathname.split('/').filter(Boolean)
    const [first, second, ...rest] = parts

    const isLanguageIndependentUrl = !!first && !!second && RESERVED_REGION_CONTENT_SLUGS.includes(second)
    if (isLanguageIndependentUrl) {
      return [first, this._fallbackLanguageCode, second, ...rest]
    }

    return parts
  }

  isFixedRegion = (): boolean => !!this._fixedRegion && this._length >= 1 && this._parts[0] === this._fixedRegion

  isRegionsRoute = (): boolean => this._parts[0] === REGIONS_ROUTE || this._parts[0] === LEGACY_REGIONS_ROUTE

  isRegionContentFeatureRoute = (feature: string): boolean => this._length > 2 && this._parts[2] === feature

  languageCode = (): string => this._parts[1] ?? this._fallbackLanguageCode

  regions = (): RouteInformationType => {
    // There is no regions route if there is a fixed region
    if (this._fixedRegion) {
      return null
    }

    if (this._length === 0 || this.isRegionsRoute()) {
      // '/', '/regions' or '/regions/de'
      return {
        route: REGIONS_ROUTE,
        languageCode: this.languageCode(),
      }
    }

    return null
  }

  dashboard = (): RouteInformationType => {
    const fixedRegion = this._fixedRegion

    if (fixedRegion) {
      // '/', '/regions', '/abapp' or '/abapp/'de'
      if (this._length <= 2 && (this._length === 0 || this.isFixedRegion() || this.isRegionsRoute())) {
        const regionContentPath = `/${fixedRegion}/${this.languageCode()}`
        return {
          route: CATEGORIES_ROUTE,
          regionCode: fixedRegion,
          languageCode: this.languageCode(),
          regionContentPath,
        }
      }
    } else if (this._length > 0 && this._length <= 2 && !this.isRegionsRoute()) {
      const regionCode = this._parts[0]!
      // '/ansbach/de', '/ansbach'
      const regionContentPath = `/${regionCode}/${this.languageCode()}`
      return {
        route: CATEGORIES_ROUTE,
        regionCode,
        languageCode: this.languageCode(),
        regionContentPath,
      }
    }

    return null
  }

  regionContentParams = (
    feature: string,
  ): {
    regionCode: string
    languageCode: string
  } | null => {
    if ((this._fixedRegion && !this.isFixedRegion()) || !this.isRegionContentFeatureRoute(feature)) {
      return null
    }

    // '/augsburg/de/<feature>' or '/augsburg/de/<feature>/id'
    return {
      regionCode: this._parts[0]!,
      languageCode: this._parts[1]!,
    }
  }

  events = (): RouteInformationType => {
    const params = this.regionContentParams(EVENTS_ROUTE)

    if (!params) {
      return null
    }

    // Single events are identified via their slug, e.g. 'my-event-1234'
    const slug = this._length > ENTITY_ID_INDEX ? this._parts[this._length - 1] : undefined
    return { ...params, route: EVENTS_ROUTE, slug }
  }

  places = (): RouteInformationType => {
    const params = this.regionContentParams(PLACES_ROUTE) ?? this.regionContentParams(LEGACY_PLACES_ROUTE)

    if (!params) {
      return null
    }

    // Single places are identified via their slug, e.g. 'my-place-1234'
    const slug = this._length > ENTITY_ID_INDEX ? this._parts[ENTITY_ID_INDEX] : undefined
    const { multiPlace, placeCategoryId, zoom } = parseQueryParams(this._queryParams)

    return { ...params, route: PLACES_ROUTE, slug, multiPlace, placeCategoryId, zoom }
  }

  news = (): RouteInformationType => {
    const params = this.regionContentParams(NEWS_ROUTE)

    if (!params) {
      return null
    }

    // '/augsburg/de/news' and '/augsburg/de/news/id'
    const id = this._length > ENTITY_ID_INDEX ? this._parts[ENTITY_ID_INDEX] : undefined
    return {
      route: NEWS_ROUTE,
      regionCode: this._parts[0]!,
      languageCode: this._parts[1]!,
      id,
    }
  }

  imprint = (): RouteInformationType => {
    const params = this.regionContentParams(IMPRINT_ROUTE)

    if (!params) {
      return null
    }

    return {
      route: IMPRINT_ROUTE,
      ...params,
    }
  }

  search = (): RouteInformationType => {
    const params = this.regionContentParams(SEARCH_ROUTE)

    if (!params) {
      return null
    }

    return {
      route: SEARCH_ROUTE,
      searchText: parseQueryParams(this._queryParams).searchText,
      ...params,
    }
  }

  categories = (): RouteInformationType => {
    if (this._fixedRegion && !this.isFixedRegion()) {
      return null
    }

    if (this._length > 2 && !RESERVED_REGION_CONTENT_SLUGS.includes(this._parts[2]!)) {
      return {
        route: CATEGORIES_ROUTE,
        regionCode: this._parts[0]!,
        languageCode: this._parts[1]!,
        regionContentPath: `/${this._parts.join('/')}`,
      }
    }

    return null
  }

  route = (): RouteInformationType =>
    this.regions() ||
    this.events() ||
    this.places() ||
    this.imprint() ||
    this.news() ||
    this.search() ||
    this.dashboard() ||
    this.categories()
}

export default InternalPathnameParser
