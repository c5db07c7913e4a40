import React from "react"

interface NhsLogoProps {
  className?: string
  width?: string | number
  height?: string | number
  ariaLabelledBy?: string
  titleId?: string
  variant?: "blue" | "white"
}

export default function NhsLogo({
  className = "nhs-logo",
  width = "40",
  height = "16",
  ariaLabelledBy,
  titleId = "nhs-logo-title",
  variant = "white"
}: NhsLogoProps) {
  const backgroundFill = variant === "white" ? "#ffffff" : "#005eb8"
  const textFill = variant === "white" ? "#005eb8" : "#ffffff"

  return (
    <svg
      className={className}
      viewBox="0 0 40 16"
      width={width}
      height={height}
      aria-labelledby={ariaLabelledBy || titleId}
    >
      <title id={titleId}>NHS Logo</title>
      <path
        className="nhs-logo__background"
        d="M0 0h40v16H0z"
        fill={backgroundFill}
      />
      <path
        className="nhs-logo__text"
        fill={textFill}
        d={
          "M3.9 1.5h4.4l2.6 9h.1l1.8-9h3.3l-2.8 13H9l-2.7-9h-.1l-1.8 9H1.1" +
          "M17.3 1.5h3.6l-1 4.9h4L25 1.5h3.5l-2.7 13h-3.5l1.1-5.6h-4.1l-1.2 5.6h-3.4" +
          "M37.7 4.4c-.7-.3-1.6-.6-2.9-.6-1.4 0-2.5.2-2.5 1.3 0 1.8 5.1 1.2 5.1 5.1 0 3.6-3.3 4.5-6.4 4.5" +
          "-1.3 0-2.9-.3-4-.7l.8-2.7c.7.4 2.1.7 3.2.7s2.8-.2 2.8-1.5c0-2.1-5.1-1.3-5.1-5 0-3.4 2.9-4.4 " +
          "5.8-4.4 1.6 0 3.1.2 4 .6"
        }
      />
    </svg>
  )
}
