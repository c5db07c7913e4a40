import { useEffect, useState } from "react"
import { useRouter } from "next/navigation"
import { useAuth } from "@/providers/AuthProvider"
import { apiFetch } from "@/utils/apiFetch"
import API_ROUTES, { apiBaseUrl } from "@/utils/apiRoutes"
import {
  UserProfile,
  UpdateUserProfilePayload,
  Organization,
  SocialMedia,
  SourceMembership,
  PeopleSuggestion,
  PeopleSuggestionsResponse
} from "./api"

type ProfileType = "user" | "organization"

const extractPrimaryEmail = (source: Record<string, unknown>) => {
  const primaryEmail = source.primary_email

  if (typeof source.contact_email === "string") return source.contact_email

  if (Array.isArray(primaryEmail) && primaryEmail[0] && typeof primaryEmail[0] === "object") {
    const email = (primaryEmail[0] as { email?: string }).email
    return email || ""
  }

  return ""
}

const extractSocialMedia = (source: Record<string, unknown>): SocialMedia | undefined => {
  const socialMedia = source.social_media

  if (!Array.isArray(socialMedia) || !socialMedia[0] || typeof socialMedia[0] !== "object") {
    return undefined
  }

  const node = socialMedia[0] as SocialMedia
  return {
    twitter_url: node.twitter_url,
    facebook_url: node.facebook_url,
    linkedin_url: node.linkedin_url,
    instagram_url: node.instagram_url,
    youtube_url: node.youtube_url,
    tiktok_url: node.tiktok_url
  }
}

const extractMemberships = (source: Record<string, unknown>): SourceMembership[] => {
  const members = source.members

  if (!Array.isArray(members)) {
    return []
  }

  return members.flatMap((member) => {
    if (!member || typeof member !== "object") return []

    const node = (member as { node?: { uid?: string } }).node
    const relationship = (member as { relationship?: { role?: string } }).relationship

    if (!node?.uid) return []

    return [
      {
        uid: node.uid,
        role: relationship?.role
      }
    ]
  })
}

export const useProfile = <T extends UserProfile | Organization>(
  type: ProfileType,
  identifier?: string
) => {
  const { hasHydrated, accessToken } = useAuth()
  const router = useRouter()
  const [profile, setProfile] = useState<T | null>(null)
  const [loading, setLoading] = useState(true)
  const [isOwnProfile, setIsOwnProfile] = useState(false)

  useEffect(() => {
    if (!hasHydrated || !accessToken) {
      if (!hasHydrated) return
      router.push("/login")
      return
    }

    const fetchProfile = async () => {
      try {
        if (type === "user") {
          const headers = {
            Authorization: `Bearer ${accessToken}`
          }

          const selfRes = await apiFetch(
            `${apiBaseUrl}${API_ROUTES.users.self}?include=memberships`,
            {
              headers
            }
          )

          if (!selfRes.ok) {
            router.push("/login")
            return
          }

          const selfData: UserProfile = await selfRes.json()
          let matchedProfile: UserProfile | null = selfData
          setIsOwnProfile(!identifier || identifier === selfData.uid)

          if (identifier && identifier !== selfData.uid) {
            const profileRes = await apiFetch(
              `${apiBaseUrl}${API_ROUTES.users.profile(identifier)}?include=memberships`,
              {
                headers
              }
            )

            if (!profileRes.ok) {
              if (profileRes.status === 404) {
                router.push("/404")
                return
              }
              throw new Error("Failed to fetch user profile by uid")
            }

            matchedProfile = await profileRes.json()
          }

          setProfile(matchedProfile as T)
        } else if (type === "organization") {
          if (!identifier) {
            setProfile(null)
            setLoading(false)
            return
          }

          const fetchOrganization = async () => {
            const headers = {
              Authorization: `Bearer ${accessToken}`
            }

            const byUidResponse = await apiFetch(
              `${apiBaseUrl}${API_ROUTES.sources.profile(identifier)}`,
              { headers }
            )

            if (byUidResponse.ok) {
              return byUidResponse.json()
            }

            if (byUidResponse.status !== 404) {
              throw new Error("Failed to fetch organization by identifier")
            }

            const bySlugResponse = await apiFetch(
              `${apiBaseUrl}${API_ROUTES.sources.profileBySlug(identifier)}`,
              { headers }
            )

            if (!bySlugResponse.ok) {
              if (bySlugResponse.status === 404) {
                router.push("/404")
                return null
              }
              throw new Error("Failed to fetch organization by slug")
            }

            return bySlugResponse.json()
          }

          const matchedSource = await fetchOrganization()

          if (!matchedSource) return

          const organization: Organization = {
            uid: matchedSource.uid,
            slug: matchedSource.slug,
            name: matchedSource.name,
            description: matchedSource.description || "",
            logo: matchedSource.logo || "/broken-image.jpg",
            website: matchedSource.url || "",
            email: extractPrimaryEmail(matchedSource),
            social_media: extractSocialMedia(matchedSource),
            location: {
              city: matchedSource.city || "",
              state: matchedSource.state || ""
            },
            type_of_service: matchedSource.type_of_service || "Organization",
            memberships: extractMemberships(matchedSource)
          }

          setProfile(organization as T)
        }
      } catch (error) {
        console.error("Error fetching profile:", error)
        router.push("/login")
      } finally {
        setLoading(false)
      }
    }

    fetchProfile()
  }, [hasHydrated, accessToken, type, identifier, router])

  // Update user profile (only works for own profile)
  const updateProfile = async (
    updates: {
      secondary_emails?: { email: string }[]
      phone_contacts?: { phone_number: string }[]
      social_media_contacts?: UpdateUserProfilePayload["social_media"]
      website?: string
    } & Partial<UserProfile>
  ) => {
    if (!accessToken) throw new Error("No access token")
    if (!isOwnProfile) throw new Error("Cannot update another profile")
    if (type !== "user") throw new Error("Only user profiles can be updated")

    const { secondary_emails, phone_contacts, social_media_contacts, website, ...rest } = updates

    const transformedUpdates: UpdateUserProfilePayload = {
      ...rest,
      contact_info: {
        additional_emails: secondary_emails?.map((e) => e.email) || [],
        phone_numbers: phone_contacts?.map((p) => p.phone_number) || []
      },
      website,
      social_media: social_media_contacts,
      location: updates.location
    }

    const res = await apiFetch(`${apiBaseUrl}${API_ROUTES.users.self}`, {
      method: "PATCH",
      body: JSON.stringify(transformedUpdates),
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${accessToken}`
      }
    })

    if (!res.ok) {
      const errorText = await res.text()
      console.error("Profile update failed:", errorText)
      throw new Error("Failed to update profile")
    }

    const updatedProfile: UserProfile = await res.json()
    setProfile(updatedProfile as T)
    return updatedProfile
  }

  return { profile, loading, updateProfile, isOwnProfile }
}

export const useUserProfile = (slug?: string) => useProfile<UserProfile>("user", slug)
export const useOrganization = (identifier?: string) =>
  useProfile<Organization>("organization", identifier)

export const usePeopleSuggestions = (limit = 4) => {
  const { hasHydrated, accessToken } = useAuth()
  const router = useRouter()
  const [suggestions, setSuggestions] = useState<PeopleSuggestion[]>([])
  const [loading, setLoading] = useState(true)

  useEffect(() => {
    if (!hasHydrated || !accessToken) {
      if (!hasHydrated) return
      router.push("/login")
      return
    }

    const fetchSuggestions = async () => {
      try {
        const res = await apiFetch(
          `${apiBaseUrl}${API_ROUTES.users.peopleSuggestions}?limit=${limit}`,
          {
            headers: {
              Authorization: `Bearer ${accessToken}`
            }
          }
        )

        if (!res.ok) {
          throw new Error("Failed to fetch people suggestions")
        }

        const data: PeopleSuggestionsResponse = await res.json()
        setSuggestions(data.results || [])
      } catch (error) {
        console.error("Error fetching people suggestions:", error)
        setSuggestions([])
      } finally {
        setLoading(false)
      }
    }

    fetchSuggestions()
  }, [hasHydrated, accessToken, limit, router])

  return { suggestions, loading }
}
