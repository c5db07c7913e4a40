import React, { ReactElement, useContext, useState } from 'react'
import { useTranslation } from 'react-i18next'
import styled from 'styled-components/native'

import {
  BOTTOM_TAB_ROUTE,
  CATEGORIES_ROUTE,
  CategoriesRouteType,
  LANGUAGES_ROUTE,
  IMPRINT_ROUTE,
  EVENTS_ROUTE,
  EventsRouteType,
  FEEDBACK_MODAL_ROUTE,
  getSlugFromPath,
  REGIONS_ROUTE,
  NEWS_ROUTE,
  PLACES_ROUTE,
  PlacesRouteType,
  SEARCH_ROUTE,
  CHAT_ROUTE,
  getChatName,
} from 'shared'
import { FeedbackRouteType, LanguageModel } from 'shared/api'
import { config } from 'translations'

import { ROOT_NAVIGATOR_ID, TAB_NAVIGATOR_ID } from '../constants'
import { NavigationProps, RouteProps, RoutesParamsType, RoutesType } from '../constants/NavigationTypes'
import buildConfig from '../constants/buildConfig'
import dimensions from '../constants/dimensions'
import { AppContext } from '../contexts/AppContext'
import useSnackbar from '../hooks/useSnackbar'
import useTtsPlayer from '../hooks/useTtsPlayer'
import supportedLanguages from '../utils/supportedLanguages'
import ActionButtons from './ActionButtons'
import HeaderActionItem from './HeaderActionItem'
import HeaderBox from './HeaderBox'
import HeaderMenu from './HeaderMenu'
import HeaderMenuItem from './HeaderMenuItem'
import HighlightBox from './HighlightBox'

const Horizontal = styled.View`
  flex: 1;
  flex-direction: row;
  justify-content: space-between;
  align-items: center;
  background-color: ${props => (props.theme.dark ? props.theme.colors.surfaceVariant : props.theme.colors.surface)};
`

const BoxShadow = styled(HighlightBox)`
  height: ${dimensions.headerHeight}px;
`

type HeaderProps = {
  route: RouteProps<RoutesType>
  navigation: NavigationProps<RoutesType>
  showItems?: boolean
  languages?: LanguageModel[]
  availableLanguages?: string[]
  shareUrl?: string
  regionName?: string
  forceText?: boolean
  goBack?: () => void
  menu?: ReactElement | null
}

const Header = ({
  navigation,
  route,
  availableLanguages = route.name === REGIONS_ROUTE ? supportedLanguages.map(it => it.code) : undefined,
  shareUrl,
  showItems = false,
  languages = route.name === REGIONS_ROUTE ? supportedLanguages : undefined,
  regionName,
  forceText = route.name === REGIONS_ROUTE,
  goBack,
  menu,
}: HeaderProps): ReactElement | null => {
  const [menuVisible, setMenuVisible] = useState(false)
  const { languageCode, regionCode } = useContext(AppContext)
  const { t } = useTranslation('layout')
  const showSnackbar = useSnackbar()
  // Save route/canGoBack to state to prevent it from changing during navigating which would lead to flickering of the title and back button
  const [previousRouteKey] = useState(() => {
    const { routes } = navigation.getState()
    return routes[routes.findIndex(navRoute => navRoute.key === route.key) - 1]?.key
  })
  const previousRoute = navigation.getState().routes.find(route => route.key === previousRouteKey)
  const { showTtsPlayer } = useTtsPlayer()
  const isRegions = route.name === REGIONS_ROUTE
  const currentLanguageName = languages?.find(it => it.code === languageCode)?.name

  const placesParams = route.params as RoutesParamsType[PlacesRouteType] | undefined
  const hasPlacesParams = !!placesParams?.slug || placesParams?.multiPlace !== undefined

  const tabNavigationState = navigation.getParent(TAB_NAVIGATOR_ID)?.getState()
  const rootNavigationState = navigation.getParent(ROOT_NAVIGATOR_ID)?.getState()

  const hasTabHistory = !!tabNavigationState && tabNavigationState.index > 0
  const hasRootHistory = !!rootNavigationState && rootNavigationState.index > 0

  const canGoBack =
    previousRoute !== undefined || hasRootHistory || hasTabHistory || (route.name === PLACES_ROUTE && hasPlacesParams)

  const routeTitle = (route.params as { title?: string } | undefined)?.title ?? t(route.name)
  const pageTitle = regionName !== routeTitle ? `${routeTitle} - ${regionName}` : routeTitle

  const getCategorySlug = (path?: string): string | undefined => (path ? getSlugFromPath(path) : undefined)

  const getSlugForRoute = (): string | undefined => {
    switch (route.name) {
      case EVENTS_ROUTE:
        return (route.params as RoutesParamsType[EventsRouteType]).slug

      case PLACES_ROUTE:
        return (route.params as RoutesParamsType[PlacesRouteType]).slug

      case CATEGORIES_ROUTE:
        return getCategorySlug((route.params as RoutesParamsType[CategoriesRouteType]).path)

      case IMPRINT_ROUTE:
        return IMPRINT_ROUTE

      default:
        return undefined
    }
  }

  const goToLanguageChange = () => {
    if (availableLanguages?.length === 1 && availableLanguages[0] === languageCode) {
      showSnackbar({ text: 'layout:noTranslation' })
    } else if (languages && availableLanguages) {
      navigation.navigate(LANGUAGES_ROUTE, {
        languages,
        availableLanguages,
        routeType: route.name as FeedbackRouteType,
        slug: getSlugForRoute(),
      })
    }
  }

  const navigateToFeedback = () => {
    if (regionCode) {
      navigation.navigate(FEEDBACK_MODAL_ROUTE, {
        routeType: route.name as FeedbackRouteType,
        language: languageCode,
        regionCode,
        slug: getSlugForRoute(),
      })
    }
  }

  const items = [
    <HeaderActionItem
      key='search'
      title={t('search')}
      iconName='search'
      visible={showItems}
      onPress={() => navigation.navigate(SEARCH_ROUTE, { searchText: null })}
    />,
    <HeaderActionItem
      key='language'
      title={t('changeLanguage')}
      iconName='language'
      visible={showItems || isRegions}
      onPress={goToLanguageChange}
      innerText={forceText ? currentLanguageName : undefined}
    />,
  ]

  const menuItems = [
    ...(route.name !== NEWS_ROUTE && regionCode
      ? [
          <HeaderMenuItem
            key='feedback'
            title={t('feedback')}
            onPress={navigateToFeedback}
            closeMenu={() => setMenuVisible(false)}
            icon='comment-text-outline'
          />,
        ]
      : []),
    <HeaderMenuItem
      key='tts'
      title={t('readAloud')}
      onPress={showTtsPlayer}
      closeMenu={() => setMenuVisible(false)}
      icon='volume-high'
    />,
  ]

  const defaultMenu = (
    <HeaderMenu
      navigation={navigation}
      visible={menuVisible}
      setVisible={setMenuVisible}
      menuItems={menuItems}
      shareUrl={shareUrl}
      pageTitle={pageTitle}
    />
  )

  const isSinglePlaceFromPlacesRoute = (): boolean => {
    const placesRouteParams = route.params as RoutesParamsType[PlacesRouteType] | undefined
    const isSinglePlace = !!placesRouteParams?.slug || placesRouteParams?.multiPlace !== undefined
    const notFromDeepLink = previousRoute?.name === PLACES_ROUTE
    return isSinglePlace && notFromDeepLink
  }

  const getHeaderTitle = (): { title: string; language?: string } => {
    if (!previousRoute) {
      // Home/Dashboard: Show current region name
      return { title: regionName ?? '', language: config.sourceLanguage }
    }

    if (isSinglePlaceFromPlacesRoute()) {
      return { title: t('locations'), language: undefined } // system language
    }

    const eventsRouteParams = route.params as RoutesParamsType[EventsRouteType] | undefined
    const isSingleEvent = !!eventsRouteParams?.slug
    const notFromEventsDeepLink = previousRoute.name === EVENTS_ROUTE
    if (isSingleEvent && notFromEventsDeepLink) {
      return { title: t('events'), language: undefined } // system language
    }

    const previousRouteTitle = (previousRoute.params as { title?: string } | undefined)?.title
    if (previousRouteTitle) {
      return { title: previousRouteTitle, language: languageCode }
    }

    // After search navigation reset, previousRoute may be BOTTOM_TAB_NAVIGATION_ROUTE
    if (previousRoute.name === CATEGORIES_ROUTE || previousRoute.name === BOTTOM_TAB_ROUTE) {
      return { title: regionName ?? '', language: languageCode }
    }

    if (previousRoute.name === REGIONS_ROUTE) {
      return { title: t('changeLocation'), language: undefined } // system language
    }

    if (previousRoute.name === CHAT_ROUTE) {
      return { title: getChatName(buildConfig().appName), language: undefined } // system language
    }

    return { title: t(previousRoute.name), language: undefined } // system language
  }

  const { title, language } = getHeaderTitle()
  const regionsPath =
    !previousRoute && !hasRootHistory && !isRegions ? () => navigation.navigate(REGIONS_ROUTE) : undefined

  return (
    <BoxShadow>
      <Horizontal>
        <HeaderBox
          goBack={goBack ?? navigation.goBack}
          canGoBack={canGoBack}
          title={title}
          language={language}
          regionsPath={regionsPath}
        />
        <ActionButtons items={items} />
        {/* Passing null should hide the menu, so don't simplify this to menu ?? defaultMenu */}
        {menu !== undefined ? menu : defaultMenu}
      </Horizontal>
    </BoxShadow>
  )
}

export default Header
