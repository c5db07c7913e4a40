import type { PropsWithChildren } from 'react'
import { useEffect, useMemo, useState } from 'react'
import type { IAuthenticationContext, IDecodedAccessToken, IDecodedRefreshToken } from './context'
import { AuthenticationContext } from './context'
import Keycloak from 'keycloak-js'
import { GLOBAL_CONFIG } from '../../config/global'
import { jwtDecode } from 'jwt-decode'
import { getAuthenticationTokens, useAuthenticationTokens } from '../../hooks/authentication'
import { useSignal } from '../../hooks/utility'
import type { IUser } from '../../requests/responses/user'
import { doRequest } from '../../requests/request'
import { showSimpleError } from '../../utils/notification'
import { ApiError, getApiResponseErrorMessage } from '../../requests/handler'
import type { ILightResearchGroup } from '../../requests/responses/researchGroup'

export const keycloak = new Keycloak({
  realm: GLOBAL_CONFIG.keycloak.realm,
  url: GLOBAL_CONFIG.keycloak.host,
  clientId: GLOBAL_CONFIG.keycloak.client_id,
})

const AuthenticationProvider = (props: PropsWithChildren) => {
  const { children } = props

  const [universityId, setUniversityId] = useState<string>()
  const [user, setUser] = useState<IUser>()
  const [authenticationTokens, setAuthenticationTokens] = useAuthenticationTokens()
  const {
    signal: readySignal,
    triggerSignal: triggerReadySignal,
    ref: { isTriggerred: isReady },
  } = useSignal()
  const [researchGroups, setResearchGroups] = useState<ILightResearchGroup[]>([])

  useEffect(() => {
    setUser(undefined)

    const refreshAccessToken = () => {
      void keycloak.updateToken(60 * 5).then((isSuccess) => {
        if (!isSuccess) {
          setAuthenticationTokens(undefined)
        }
      })
    }

    const storeTokens = () => {
      const refreshToken = keycloak.refreshToken
      const accessToken = keycloak.token

      const decodedAccessToken = accessToken
        ? jwtDecode<IDecodedAccessToken>(accessToken)
        : undefined
      const decodedRefreshToken = refreshToken
        ? jwtDecode<IDecodedRefreshToken>(refreshToken)
        : undefined

      // refresh if already expired
      if (decodedRefreshToken?.exp && decodedRefreshToken.exp <= Date.now() / 1000) {
        return setAuthenticationTokens(undefined)
      } else if (decodedAccessToken?.exp && decodedAccessToken.exp <= Date.now() / 1000) {
        return refreshAccessToken()
      }

      if (accessToken && refreshToken) {
        setAuthenticationTokens({
          access_token: accessToken,
          refresh_token: refreshToken,
        })
      } else {
        setAuthenticationTokens(undefined)
      }
    }

    const storedTokens = getAuthenticationTokens()

    keycloak.onAuthRefreshSuccess = () => storeTokens()
    keycloak.onAuthRefreshError = () => {
      keycloak.clearToken()
      setAuthenticationTokens(undefined)
    }
    keycloak.onAuthLogout = () => {
      keycloak.clearToken()
      setAuthenticationTokens(undefined)
    }

    void keycloak
      .init({
        refreshToken: storedTokens?.refresh_token,
        token: storedTokens?.access_token,
      })
      .then(() => {
        storeTokens()
        triggerReadySignal()
      })
      .catch((error) => {
        console.error('Keycloak init error', error)
      })

    const refreshTokenFrequency = 60 * 1000
    const refreshTokenInterval = setInterval(() => {
      const refreshToken = keycloak.refreshToken

      const decodedRefreshToken = refreshToken
        ? jwtDecode<IDecodedRefreshToken>(refreshToken)
        : undefined

      if (decodedRefreshToken?.exp && decodedRefreshToken.exp <= Date.now() / 1000) {
        keycloak.clearToken()

        return setAuthenticationTokens(undefined)
      }
    }, refreshTokenFrequency)

    return () => {
      clearInterval(refreshTokenInterval)

      keycloak.onAuthRefreshSuccess = undefined
      keycloak.onAuthRefreshError = undefined
      keycloak.onAuthLogout = undefined
    }
    // eslint-disable-next-line @eslint-react/exhaustive-deps -- mount-only keycloak setup: setAuthenticationTokens/triggerReadySignal are stable refs intentionally captured once
  }, [])

  useEffect(() => {
    if (!isReady) {
      return
    }

    if (authenticationTokens?.access_token) {
      const decodedAccessToken = jwtDecode<IDecodedAccessToken>(authenticationTokens.access_token)

      setUniversityId(decodedAccessToken['preferred_username'] || undefined)
    } else {
      setUniversityId(undefined)
    }
  }, [authenticationTokens?.access_token, isReady])

  useEffect(() => {
    setUser(undefined)

    if (isReady && universityId) {
      return doRequest<IUser>(
        '/v2/user-info',
        {
          method: 'GET',
          requiresAuth: true,
        },
        (res) => {
          if (res.ok) {
            setUser(res.data)
          } else {
            showSimpleError(getApiResponseErrorMessage(res))
          }
        },
      )
    }
  }, [universityId, isReady])

  useEffect(() => {
    if (!isReady || !universityId) {
      return
    }

    return doRequest<ILightResearchGroup[]>(
      '/v2/research-groups/light/active',
      {
        method: 'GET',
        requiresAuth: true,
      },
      (res) => {
        if (res.ok) {
          const sortedGroups = res.data.sort((a, b) => a.name.localeCompare(b.name))
          setResearchGroups(sortedGroups)
        } else {
          showSimpleError(getApiResponseErrorMessage(res))
        }
      },
    )
  }, [isReady, universityId])

  const isAuthenticated = Boolean(authenticationTokens?.access_token)

  const contextValue = useMemo<IAuthenticationContext>(() => {
    return {
      isAuthenticated: Boolean(authenticationTokens?.access_token),
      user: authenticationTokens?.access_token ? user : undefined,
      groups: [],
      updateUser: setUser,
      updateInformation: async (data, avatar, examinationReport, cv, degreeReport) => {
        const formData = new FormData()

        formData.append('data', new Blob([JSON.stringify(data)], { type: 'application/json' }))

        if (avatar) {
          formData.append('avatar', avatar)
        }

        if (examinationReport) {
          formData.append('examinationReport', examinationReport)
        }

        if (cv) {
          formData.append('cv', cv)
        }

        if (degreeReport) {
          formData.append('degreeReport', degreeReport)
        }

        const response = await doRequest<IUser>('/v2/user-info', {
          method: 'PUT',
          requiresAuth: true,
          formData,
        })

        if (response.ok) {
          setUser(response.data)
        } else {
          throw new ApiError(response)
        }
      },
      login: () =>
        readySignal.then(() => {
          const tokens = getAuthenticationTokens()

          if (!tokens?.access_token) {
            return keycloak.login()
          }
        }),
      logout: (redirectUri: string) => {
        setAuthenticationTokens(undefined)

        const timeout = setTimeout(() => {
          window.location.href = `${window.location.origin}${redirectUri}`
        }, 2000)

        void readySignal.then(() => {
          if (keycloak.authenticated) {
            clearTimeout(timeout)

            void keycloak.logout({
              redirectUri: `${window.location.origin}${redirectUri}`,
            })
          }
        })
      },
      researchGroups: researchGroups,
    }
    // eslint-disable-next-line @eslint-react/exhaustive-deps -- researchGroups/setAuthenticationTokens/readySignal/access_token are captured by reference inside callbacks that read the latest value at call time; recomputing the entire context on each token refresh would re-render every consumer
  }, [user, isAuthenticated, authenticationTokens?.refresh_token, researchGroups])

  return <AuthenticationContext value={contextValue}>{children}</AuthenticationContext>
}

export default AuthenticationProvider
