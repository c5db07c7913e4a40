import type { ComponentProps } from 'react';

import { AppLink } from '~/components/app-link';
import { ButtonEndIcon, ButtonStartIcon } from '~/components/button-icons';
import { cn } from '~/utils/tw-utils';

type ButtonEndIconProps = ComponentProps<typeof ButtonEndIcon>;
type ButtonStartIconProps = ComponentProps<typeof ButtonStartIcon>;

export const buttonSizeStyles = {
  xs: 'px-3 py-2 text-xs',
  sm: 'px-3 py-2 text-sm',
  base: 'px-5 py-2.5 text-sm',
  lg: 'px-5 py-3 text-base',
  xl: 'px-6 py-3.5 text-base',
};

export const buttonVariantStyles = {
  alternative: 'border-gray-200 bg-white font-medium text-gray-900 hover:bg-gray-100 hover:text-blue-700 focus:bg-gray-100 focus:text-blue-700',
  green: 'border-green-700 bg-green-700 font-medium text-white hover:border-green-800 hover:bg-green-800 focus:border-green-800 focus:bg-green-800',
  primary: 'border-[#26374A] bg-[#26374A] font-medium text-white hover:border-[#2B4380] hover:bg-[#2B4380] focus:border-[#2B4380] focus:bg-[#2B4380]',
  red: 'border-red-800 bg-red-800 font-medium text-white hover:border-red-900 hover:bg-red-900 focus:border-red-900 focus:bg-red-900',
  'outline-red': 'border-red-800 font-medium text-red-800 hover:border-red-900 hover:bg-red-900 hover:text-white focus:border-red-900 focus:bg-red-900 focus:text-white',
  link: 'border-none px-0 text-slate-700 underline hover:text-blue-700 focus:text-blue-700',
  secondary: 'border-[#2B4380] font-medium text-[#2B4380] hover:bg-[#D7E5F5] focus:bg-[#D7E5F5]',
};

export const buttonBaseStyles = 'inline-flex items-center justify-center rounded-sm border-2 align-middle font-lato outline-offset-4';

export interface ButtonProps extends ComponentProps<'button'> {
  endIcon?: ButtonEndIconProps['icon'];
  endIconProps?: OmitStrict<ButtonEndIconProps, 'icon'>;
  pill?: boolean;
  size?: keyof typeof buttonSizeStyles;
  startIcon?: ButtonStartIconProps['icon'];
  startIconProps?: OmitStrict<ButtonStartIconProps, 'icon'>;
  variant: keyof typeof buttonVariantStyles;
}

/**
 * Tailwind CSS Buttons from Flowbite
 * @see https://flowbite.com/docs/components/buttons/
 */
export function Button({ children, className, endIcon, endIconProps, pill, size = 'base', startIcon, startIconProps, variant, ...props }: ButtonProps) {
  return (
    <button
      className={cn(
        buttonBaseStyles, //
        buttonSizeStyles[size],
        buttonVariantStyles[variant],
        'disabled:pointer-events-none disabled:cursor-not-allowed disabled:opacity-70',
        pill && 'rounded-full',
        className,
      )}
      {...props}
    >
      {startIcon && <ButtonStartIcon {...(startIconProps ?? {})} icon={startIcon} />}
      {children}
      {endIcon && <ButtonEndIcon {...(endIconProps ?? {})} icon={endIcon} />}
    </button>
  );
}

interface ButtonLinkProps extends ComponentProps<typeof AppLink> {
  disabled?: boolean;
  endIcon?: ButtonEndIconProps['icon'];
  endIconProps?: OmitStrict<ButtonEndIconProps, 'icon'>;
  size?: keyof typeof buttonSizeStyles;
  variant: keyof typeof buttonVariantStyles;
  startIcon?: ButtonStartIconProps['icon'];
  startIconProps?: OmitStrict<ButtonStartIconProps, 'icon'>;
  pill?: boolean;
}

/**
 * Tailwind CSS Buttons from Flowbite
 * @see https://flowbite.com/docs/components/buttons/
 *
 * Disabling a link
 * @see https://www.scottohara.me/blog/2021/05/28/disabled-links.html
 */
export function ButtonLink({ children, className, disabled, endIcon, endIconProps, pill, size = 'base', routeId, startIcon, startIconProps, to, variant, ...props }: ButtonLinkProps) {
  const buttonLinkStyles = cn(buttonBaseStyles, buttonSizeStyles[size], buttonVariantStyles[variant], pill && 'rounded-full', className);

  const actualChildren = (
    <>
      {startIcon && <ButtonStartIcon {...(startIconProps ?? {})} icon={startIcon} />}
      {children}
      {endIcon && <ButtonEndIcon {...(endIconProps ?? {})} icon={endIcon} />}
    </>
  );

  if (disabled) {
    return (
      <a className={cn(buttonLinkStyles, 'pointer-events-none cursor-not-allowed opacity-70')} role="link" aria-disabled="true" {...props}>
        {actualChildren}
      </a>
    );
  }

  return (
    <AppLink className={buttonLinkStyles} routeId={routeId} to={to} {...props}>
      {actualChildren}
    </AppLink>
  );
}
