import { useState } from 'react'
import { useRouter } from 'next/router'
import type { Translation } from '@helpwave/hightide'
import { LanguageDialog, ThemeDialog } from '@helpwave/hightide'
import {
  Avatar,
  Menu,
  MenuItem,
  type PropsForTranslation,
  useTranslation
} from '@helpwave/hightide'
import { useAuth } from '@helpwave/api-services/authentication/useAuth'
import { getAPIServiceConfig } from '@helpwave/api-services/config/config'
import clsx from 'clsx'

const config = getAPIServiceConfig()

type UserMenuTranslation = {
  profile: string,
  language: string,
  signOut: string,
  taskTemplates: string,
  invitations: string,
  organizations: string,
  properties: string,
  theme: string,
}

const defaultUserMenuTranslations: Translation<UserMenuTranslation> = {
  en: {
    profile: 'Profile',
    language: 'Language',
    signOut: 'Sign Out',
    taskTemplates: 'Task Templates',
    invitations: 'Invitations',
    organizations: 'Organizations',
    properties: 'Properties',
    theme: 'Theme',
  },
  de: {
    profile: 'Profil',
    language: 'Sprache',
    signOut: 'Ausloggen',
    taskTemplates: 'Vorlagen',
    invitations: 'Einladungen',
    organizations: 'Organisationen',
    properties: 'Eigenschaften',
    theme: 'Farbschema',
  }
}

type UserMenuProps = {
  className?: string,
}

/**
 * A component showing a menu for user actions. For example editing the profile, language and logout.
 */
export const UserMenu = ({
                           overwriteTranslation,
                           className,
                         }: PropsForTranslation<UserMenuTranslation, UserMenuProps>) => {
  const translation = useTranslation([defaultUserMenuTranslations], overwriteTranslation)
  const [isLanguageModalOpen, setLanguageModalOpen] = useState(false)
  const [isThemeModalOpen, setThemeModalOpen] = useState(false)
  const { user, signOut } = useAuth()
  const router = useRouter()

  if (!user) return (<div></div>)

  // The settings path "/ui/settings" is hardcoded. It depends strongly on the implementation of the Ory UI.
  const settingsURL = `${config.oauth.issuerUrl}/ui/settings`

  return (
    <div className={clsx('row relative z-10', className)}>
      <LanguageDialog
        isOpen={isLanguageModalOpen}
        onClose={() => setLanguageModalOpen(false)}
      />
      <ThemeDialog
        isOpen={isThemeModalOpen}
        onClose={() => setThemeModalOpen(false)}
      />
      <Menu<HTMLDivElement> alignmentHorizontal="rightInside" trigger={({ toggleOpen }, ref) => (
        <div ref={ref} onClick={toggleOpen}
             className="row relative items-center group cursor-pointer select-none">
          {/* TODO set this color in the css config */}
          <div className="text-sm font-semibold text-description group-hover:text-primary">{user.name}</div>
          <Avatar image={{ avatarUrl: user.avatarUrl, alt: user.email }} name={user?.name} size="lg" fullyRounded={true} />
        </div>
      )}>
        {({ close }) => {
          const withClose = (func: () => void) => {
            return () => {
              func()
              close()
            }
          }
          return (
            <>
              <MenuItem onClick={withClose(() => router.push(settingsURL, '_blank'))}>
                {translation('profile')}
              </MenuItem>
              <MenuItem onClick={withClose(() => setLanguageModalOpen(true))}>
                {translation('language')}
              </MenuItem>
              <MenuItem onClick={withClose(() => setThemeModalOpen(true))}>
                {translation('theme')}
              </MenuItem>
              <MenuItem onClick={withClose(() => router.push('/templates'))}>
                {translation('taskTemplates')}
              </MenuItem>
              <MenuItem onClick={withClose(() => router.push('/properties'))}>
                {translation('properties')}
              </MenuItem>
              <MenuItem onClick={withClose(() => router.push('/organizations'))}>
                {translation('organizations')}
              </MenuItem>
              <MenuItem onClick={withClose(() => router.push('/invitations'))}>
                {translation('invitations')}
              </MenuItem>
              <MenuItem
                className="text-negative hover:!bg-negative/20"
                onClick={withClose(() => signOut())}
              >
                {translation('signOut')}
              </MenuItem>
            </>
          )
        }}
      </Menu>
    </div>
  )
}
