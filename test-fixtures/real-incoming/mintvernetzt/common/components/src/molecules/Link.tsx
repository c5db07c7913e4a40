import classNames from "classnames";
import { createElement } from "react";
import {
  Link as ReactRouterLink,
  type LinkProps as ReactRouterLinkProps,
} from "react-router";
interface LinkProps {
  to: string;
  children?: string | React.ReactNode;
  variant?: "primary";
  active?: boolean;
  className?: string;
  as?: string | React.ElementType;
  isExternal?: boolean;
  prefetch?: ReactRouterLinkProps["prefetch"];
}

function Link(props: LinkProps) {
  const {
    to,
    isExternal = false,
    as = "link",
    className,
    variant,
    active,
    ...otherProps
  } = props;

  let rel;
  let target;
  if (isExternal) {
    rel = "noopener noreferrer";
    target = "_blank";
  }

  let href;
  if (as !== "link") {
    href = to;
  }

  const classes = classNames(
    className !== undefined && className,
    as === "link" && "hover:underline underline-offset-4 decoration-2",
    variant === "primary" && "text-primary",
    active && "underline cursor-default pointer-events-none"
  );

  if (as === "link") {
    return (
      <ReactRouterLink
        className={`${
          className !== undefined ? `${className} ` : ""
        }${classes}`}
        to={to}
        {...otherProps}
      >
        {otherProps.children}
      </ReactRouterLink>
    );
  }

  const element = createElement(
    as,
    {
      ...otherProps,
      href,
      className: classes,
      to,
      rel,
      target,
    },
    otherProps.children
  );
  return element;
}

export { Link };
