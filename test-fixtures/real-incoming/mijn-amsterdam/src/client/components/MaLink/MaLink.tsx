import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';

import type {
  BreadcrumbLinkProps,
  ButtonProps,
  LinkProps,
} from '@amsterdam/design-system-react';
import { Breadcrumb, Link } from '@amsterdam/design-system-react';
import classNames from 'classnames';
import { useLocation, useNavigate } from 'react-router';

import styles from './MaLink.module.scss';
import { usePageTypeSettingValue } from '../../hooks/usePageTypeSetting.ts';

export type MaClassNameVariant =
  | 'fatNoUnderline'
  | 'noDefaultUnderline'
  | 'noUnderline'
  | 'fatNoDefaultUnderline'
  | 'default';

type MaLinkProps = LinkProps & {
  maVariant?: MaClassNameVariant;
};

const maClassName: Record<MaClassNameVariant, string> = {
  fatNoUnderline: 'MaRouterLink__no-underline-fat',
  noDefaultUnderline: 'MaRouterLink__no-default-underline',
  fatNoDefaultUnderline: 'MaRouterLink__no-default-underline-fat',
  noUnderline: 'MaRouterLink__no-underline',
  default: '',
};

export function MaLink({
  href,
  children,
  className,
  maVariant,
  onClick,
  ...rest
}: MaLinkProps) {
  let className_ = classNames(className, styles.MaLink);

  if (maVariant) {
    className_ = classNames(className_, styles[maClassName[maVariant]]);
  }

  return (
    <Link {...rest} className={className_} href={href} onClick={onClick}>
      {children}
    </Link>
  );
}

export function MaRouterLink({ href, onClick, ...rest }: MaLinkProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const pageType = usePageTypeSettingValue();
  return (
    <MaLink
      {...rest}
      href={href}
      onClick={(event) => {
        event.preventDefault();

        if (onClick) {
          onClick(event);
        }

        navigate(href as string, {
          state: {
            from: location.pathname,
            pageType,
          },
        });
      }}
    />
  );
}

export function MaBreadcrumbLink({
  href,
  onClick,
  ...rest
}: BreadcrumbLinkProps & React.RefAttributes<HTMLAnchorElement>) {
  const navigate = useNavigate();
  return (
    <Breadcrumb.Link
      {...rest}
      href={href}
      onClick={(event) => {
        event.preventDefault();

        if (onClick) {
          onClick(event);
        }

        navigate(href as string);
      }}
    />
  );
}

type MaButtonLinkProps = Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'placeholder'
> & {
  variant?: ButtonProps['variant'];
  isDisabled?: boolean;
};

export function MaButtonLink({
  href,
  children,
  className,
  variant = 'primary',
  isDisabled = false,
  ...rest
}: MaButtonLinkProps) {
  const classes = classNames(
    styles.MaButtonLink,
    'ams-button',
    `ams-button--${variant}`,
    className
  );
  return (
    <a
      {...rest}
      className={classes}
      aria-disabled={isDisabled}
      href={!isDisabled ? href : undefined}
    >
      {children}
    </a>
  );
}

export function MaButtonRouterLink({
  href,
  children,
  className,
  variant = 'primary',
  onClick,
  ...rest
}: MaButtonLinkProps) {
  const navigate = useNavigate();
  const location = useLocation();

  const pageType = usePageTypeSettingValue();
  return (
    <a
      {...rest}
      className={classNames(
        styles.MaButtonLink,
        'ams-button',
        `ams-button--${variant}`,
        className
      )}
      href={href}
      onClick={(event) => {
        event.preventDefault();

        if (onClick) {
          onClick(event);
        }

        navigate(href as string, {
          state: {
            from: location.pathname,
            pageType,
          },
        });
      }}
    >
      {children}
    </a>
  );
}

export function MaLinkLikeButton({
  className,
  children,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement>) {
  const className_ = classNames('ams-link', styles.InlineButton, className);

  return (
    <button type="button" {...rest} className={className_}>
      {children}
    </button>
  );
}
