// Icon components for the application
export const Icons = {
  // Navigation icons
  home: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M3 12l2-2m0 0l7-7 7 7M5 10v10a1 1 0 001 1h3m10-11l2 2m-2-2v10a1 1 0 01-1 1h-3m-6 0a1 1 0 001-1v-4a1 1 0 011-1h2a1 1 0 011 1v4a1 1 0 001 1m-6 0h6" />
    </svg>
  ),

  user: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M16 7a4 4 0 11-8 0 4 4 0 018 0zM12 14a7 7 0 00-7 7h14a7 7 0 00-7-7z" />
    </svg>
  ),

  settings: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M10.325 4.317c.426-1.756 2.924-1.756 3.35 0a1.724 1.724 0 002.573 1.066c1.543-.94 3.31.826 2.37 2.37a1.724 1.724 0 001.065 2.572c1.756.426 1.756 2.924 0 3.35a1.724 1.724 0 00-1.066 2.573c.94 1.543-.826 3.31-2.37 2.37a1.724 1.724 0 00-2.572 1.065c-.426 1.756-2.924 1.756-3.35 0a1.724 1.724 0 00-2.573-1.066c-1.543.94-3.31-.826-2.37-2.37a1.724 1.724 0 00-1.065-2.572c-1.756-.426-1.756-2.924 0-3.35a1.724 1.724 0 001.066-2.573c-.94-1.543.826-3.31 2.37-2.37.996.608 2.296.07 2.572-1.065z" />
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M15 12a3 3 0 11-6 0 3 3 0 016 0z" />
    </svg>
  ),

  // Action icons
  plus: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M12 4v16m8-8H4" />
    </svg>
  ),

  edit: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M11 5H6a2 2 0 00-2 2v11a2 2 0 002 2h11a2 2 0 002-2v-5m-1.414-9.414a2 2 0 112.828 2.828L11.828 15H9v-2.828l8.586-8.586z" />
    </svg>
  ),

  trash: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M19 7l-.867 12.142A2 2 0 0116.138 21H7.862a2 2 0 01-1.995-1.858L5 7m5 4v6m4-6v6m1-10V4a1 1 0 00-1-1h-4a1 1 0 00-1 1v3M4 7h16" />
    </svg>
  ),

  // Status icons
  check: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M5 13l4 4L19 7" />
    </svg>
  ),

  x: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M6 18L18 6M6 6l12 12" />
    </svg>
  ),

  // Loading spinner
  spinner: ({ className }: { className?: string }) => (
    <svg className={`${className} animate-spin`} fill="none" viewBox="0 0 24 24">
      <circle className="opacity-25" cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="4" />
      <path className="opacity-75" fill="currentColor" d="m4 12a8 8 0 018-8V0C5.373 0 0 5.373 0 12h4zm2 5.291A7.962 7.962 0 014 12H0c0 3.042 1.135 5.824 3 7.938l3-2.647z" />
    </svg>
  ),

  // Common UI icons
  search: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z" />
    </svg>
  ),

  calendar: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M8 7V3m8 4V3m-9 8h10M5 21h14a2 2 0 002-2V7a2 2 0 00-2-2H5a2 2 0 00-2 2v12a2 2 0 002 2z" />
    </svg>
  ),

  clock: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <circle cx="12" cy="12" r="10" strokeWidth="2" />
      <path strokeWidth="2" d="m15 12-3-3" />
      <path strokeWidth="2" d="M12 7v5" />
    </svg>
  ),

  phone: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M3 5a2 2 0 012-2h3.28a1 1 0 01.948.684l1.498 4.493a1 1 0 01-.502 1.21l-2.257 1.13a11.042 11.042 0 005.516 5.516l1.13-2.257a1 1 0 011.21-.502l4.493 1.498a1 1 0 01.684.949V19a2 2 0 01-2 2h-1C9.716 21 3 14.284 3 6V5z" />
    </svg>
  ),

  mail: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M3 8l7.89 4.26a2 2 0 002.22 0L21 8M5 19h14a2 2 0 002-2V7a2 2 0 00-2-2H5a2 2 0 00-2 2v10a2 2 0 002 2z" />
    </svg>
  ),

  // Service icons
  scissors: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M14.121 14.121L19 19m-7-7l7-7m-7 7l-2.879 2.879M12 12L9.121 9.121m0 5.658L9.121 14.12M9.121 9.121L6 6m3.121 3.121L9.121 9.12" />
    </svg>
  ),

  users: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M12 4.354a4 4 0 110 5.292M15 21H3v-1a6 6 0 0112 0v1zm0 0h6v-1a6 6 0 00-9-5.197m13.5-9a2.5 2.5 0 11-5 0 2.5 2.5 0 015 0z" />
    </svg>
  ),

  // Application specific icons
  barber: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <circle cx="12" cy="12" r="10" strokeWidth="2" />
      <path strokeWidth="2" d="M8 14s1.5 2 4 2 4-2 4-2" />
      <path strokeWidth="2" d="M9 9h.01" />
      <path strokeWidth="2" d="M15 9h.01" />
    </svg>
  ),

  star: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M11.049 2.927c.3-.921 1.603-.921 1.902 0l1.519 4.674a1 1 0 00.95.69h4.915c.969 0 1.371 1.24.588 1.81l-3.976 2.888a1 1 0 00-.363 1.118l1.518 4.674c.3.922-.755 1.688-1.538 1.118l-3.976-2.888a1 1 0 00-1.176 0l-3.976 2.888c-.783.57-1.838-.197-1.538-1.118l1.518-4.674a1 1 0 00-.363-1.118l-3.976-2.888c-.784-.57-.38-1.81.588-1.81h4.914a1 1 0 00.951-.69l1.519-4.674z" />
    </svg>
  ),

  award: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M9 12l2 2 4-4M7.835 4.697a3.42 3.42 0 001.946-.806 3.42 3.42 0 014.438 0 3.42 3.42 0 001.946.806 3.42 3.42 0 013.138 3.138 3.42 3.42 0 00.806 1.946 3.42 3.42 0 010 4.438 3.42 3.42 0 00-.806 1.946 3.42 3.42 0 01-3.138 3.138 3.42 3.42 0 00-1.946.806 3.42 3.42 0 01-4.438 0 3.42 3.42 0 00-1.946-.806 3.42 3.42 0 01-3.138-3.138 3.42 3.42 0 00-.806-1.946 3.42 3.42 0 010-4.438 3.42 3.42 0 00.806-1.946 3.42 3.42 0 013.138-3.138z" />
    </svg>
  ),

  info: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M13 16h-1v-4h-1m1-4h.01M21 12a9 9 0 11-18 0 9 9 0 0118 0z" />
    </svg>
  ),

  database: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M4 7v10c0 2.21 3.582 4 8 4s8-1.79 8-4V7M4 7c0 2.21 3.582 4 8 4s8-1.79 8-4M4 7c0-2.21 3.582-4 8-4s8 1.79 8 4" />
    </svg>
  ),

  barChart3: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M9 19v-6a2 2 0 00-2-2H5a2 2 0 00-2 2v6a2 2 0 002 2h2a2 2 0 002-2zm0 0V9a2 2 0 012-2h2a2 2 0 012 2v10m-6 0a2 2 0 002 2h2a2 2 0 002-2m0 0V5a2 2 0 012-2h2a2 2 0 012 2v14a2 2 0 01-2 2h-2a2 2 0 01-2-2z" />
    </svg>
  ),

  externalLink: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M10 6H6a2 2 0 00-2 2v10a2 2 0 002 2h10a2 2 0 002-2v-4M14 4h6m0 0v6m0-6L10 14" />
    </svg>
  ),

  mapPin: ({ className }: { className?: string }) => (
    <svg className={className} fill="none" stroke="currentColor" viewBox="0 0 24 24">
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M17.657 16.657L13.414 20.9a1.998 1.998 0 01-2.827 0l-4.244-4.243a8 8 0 1111.314 0z" />
      <path strokeLinecap="round" strokeLinejoin="round" strokeWidth={2} d="M15 11a3 3 0 11-6 0 3 3 0 016 0z" />
    </svg>
  ),

  facebook: ({ className }: { className?: string }) => (
    <svg className={className} fill="currentColor" viewBox="0 0 24 24">
      <path d="M24 12.073c0-6.627-5.373-12-12-12s-12 5.373-12 12c0 5.99 4.388 10.954 10.125 11.854v-8.385H7.078v-3.47h3.047V9.43c0-3.007 1.792-4.669 4.533-4.669 1.312 0 2.686.235 2.686.235v2.953H15.83c-1.491 0-1.956.925-1.956 1.874v2.25h3.328l-.532 3.47h-2.796v8.385C19.612 23.027 24 18.062 24 12.073z"/>
    </svg>
  ),

  instagram: ({ className }: { className?: string }) => (
    <svg className={className} fill="currentColor" viewBox="0 0 24 24">
      <path d="M12.017 0C8.396 0 7.996.014 6.79.067 5.584.12 4.726.283 4.02.538 3.314.793 2.671 1.114 2.071 1.714 1.471 2.314 1.15 2.957.895 3.663.64 4.369.477 5.227.424 6.433.371 7.639.357 8.039 0 11.66 0zM8.535 2.245c.264 0 .531.01.794.03.263.02.52.055.769.096.248.041.487.09.716.147.229.057.445.126.646.207.201.081.39.175.566.282.176.107.34.23.492.37.152.14.285.3.398.481.113.181.205.377.275.586.07.209.118.43.144.661.026.231.039.497.039.788s-.013.557-.039.788c-.026.231-.074.452-.144.661-.07.209-.162.405-.275.586-.113.181-.246.341-.398.481-.152.14-.316.263-.492.37-.176.107-.365.201-.566.282-.201.081-.417.15-.646.207-.229.057-.468.106-.716.147-.248.041-.506.076-.769.096-.263.02-.53.03-.794.03-.264 0-.531-.01-.794-.03-.263-.02-.52-.055-.769-.096-.248-.041-.487-.09-.716-.147-.229-.057-.445-.126-.646-.207-.201-.081-.39-.175-.566-.282-.176-.107-.34-.23-.492-.37-.152-.14-.285-.3-.398-.481-.113-.181-.205-.377-.275-.586-.07-.209-.118-.43-.144-.661-.026-.231-.039-.497-.039-.788s.013-.557.039-.788c.026-.231.074-.452.144-.661.07-.209.162-.405.275-.586.113-.181.246-.341.398-.481.152-.14.316-.263.492-.37.176-.107.365-.201.566-.282.201-.081.417-.15.646-.207.229-.057.468-.106.716-.147.248-.041.506-.076.769-.096.263-.02.53-.03.794-.03zm4.716 2.685c-.264 0-.531.01-.794.03-.263.02-.52.055-.769.096-.248.041-.487.09-.716.147-.229.057-.445.126-.646.207-.201.081-.39.175-.566.282-.176.107-.34.23-.492.37-.152.14-.285.3-.398.481-.113.181-.205.377-.275.586-.07.209-.118.43-.144.661-.026.231-.039.497-.039.788s.013.557.039.788c.026.231.074.452.144.661.07.209.162.405.275.586.113.181.246.341.398.481.152.14.316.263.492.37.176.107.365.201.566.282.201.081.417.15.646.207.229.057.468.106.716.147.248.041.506.076.769.096.263.02.53.03.794.03.264 0 .531-.01.794-.03.263-.02.52-.055.769-.096.248-.041.487-.09.716-.147.229-.057.445-.126.646-.207.201-.081.39-.175.566-.282.176-.107.34-.23.492-.37.152-.14.285-.3.398-.481.113-.181.205-.377.275-.586.07-.209.118-.43.144-.661.026-.231.039-.497.039-.788s-.013-.557-.039-.788c-.026-.231-.074-.452-.144-.661-.07-.209-.162-.405-.275-.586-.113-.181-.246-.341-.398-.481-.152-.14-.316-.263-.492-.37-.176-.107-.365-.201-.566-.282-.201-.081-.417-.15-.646-.207-.229-.057-.468-.106-.716-.147-.248-.041-.506-.076-.769-.096-.263-.02-.53-.03-.794-.03zM12.017 6.187c-2.857 0-5.182 2.325-5.182 5.182 0 2.857 2.325 5.182 5.182 5.182 2.857 0 5.182-2.325 5.182-5.182 0-2.857-2.325-5.182-5.182-5.182zm0 8.526c-1.848 0-3.344-1.496-3.344-3.344 0-1.848 1.496-3.344 3.344-3.344 1.848 0 3.344 1.496 3.344 3.344 0 1.848-1.496 3.344-3.344 3.344z"/>
    </svg>
  ),
}

// Export individual icons for easier importing
export const HomeIcon = Icons.home
export const UserIcon = Icons.user
export const SettingsIcon = Icons.settings
export const PlusIcon = Icons.plus
export const EditIcon = Icons.edit
export const TrashIcon = Icons.trash
export const CheckIcon = Icons.check
export const XIcon = Icons.x
export const SpinnerIcon = Icons.spinner
export const SearchIcon = Icons.search
export const CalendarIcon = Icons.calendar
export const ClockIcon = Icons.clock
export const PhoneIcon = Icons.phone
export const MailIcon = Icons.mail
export const ScissorsIcon = Icons.scissors
export const UsersIcon = Icons.users
export const BarberIcon = Icons.barber
export const StarIcon = Icons.star
export const AwardIcon = Icons.award
export const InfoIcon = Icons.info
export const DatabaseIcon = Icons.database
export const BarChart3Icon = Icons.barChart3
export const ExternalLinkIcon = Icons.externalLink
export const MapPinIcon = Icons.mapPin
export const FacebookIcon = Icons.facebook
export const InstagramIcon = Icons.instagram
