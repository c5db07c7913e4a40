export function AddPatientIcon(
  { className }: { className?: string },
) {
  return (
    <svg
      fill='none'
      viewBox='0 0 28 28'
      className={className}
    >
      <g clipPath='url(#clip0_4724_6645)'>
        <path
          fill='#3F3F46'
          d='M10.5 10a3.75 3.75 0 100-7.5 3.75 3.75 0 000 7.5zM2.33 18.116a1.537 1.537 0 00.513 1.765A12.446 12.446 0 0010.5 22.5c2.887 0 5.547-.98 7.664-2.625a1.534 1.534 0 00.51-1.762 8.753 8.753 0 00-16.343.003z'
        >
        </path>
        <g clipPath='url(#clip1_4724_6645)'>
          <rect width='12' height='12' x='14' y='14' fill='#fff' rx='6'></rect>
          <path
            fill='#3E28DF'
            d='M27.391 23.061a7.999 7.999 0 10-14.78-6.122 7.999 7.999 0 0014.78 6.122z'
          >
          </path>
          <path
            stroke='#fff'
            strokeLinecap='round'
            strokeLinejoin='round'
            strokeWidth='2.37'
            d='M20 17.333V20m0 0v2.667M20 20h2.667M20 20h-2.667M28 20a7.999 7.999 0 11-15.998 0A7.999 7.999 0 0128 20z'
          >
          </path>
        </g>
      </g>
      <defs>
        <clipPath id='clip0_4724_6645'>
          <path fill='#fff' d='M0 0H28V28H0z'></path>
        </clipPath>
        <clipPath id='clip1_4724_6645'>
          <rect width='12' height='12' x='14' y='14' fill='#fff' rx='6'></rect>
        </clipPath>
      </defs>
    </svg>
  )
}
