interface svgProps {
  name: string;
  className?: string;
  viewBox?: string;
  fill?: string;
  stroke?: string;
  "aria-hidden"?: boolean | "true" | "false";
}

const Facebook =
  "M24 12.073c0-6.627-5.373-12-12-12s-12 5.373-12 12c0 5.99 4.388 10.954 10.125 11.854v-8.385H7.078v-3.47h3.047V9.43c0-3.007 1.792-4.669 4.533-4.669 1.312 0 2.686.235 2.686.235v2.953H15.83c-1.491 0-1.956.925-1.956 1.874v2.25h3.328l-.532 3.47h-2.796v8.385C19.612 23.027 24 18.062 24 12.073z";
const Google = () => (
  <svg
    width="24"
    height="26"
    viewBox="0 0 38 34"
    fill="none"
    xmlns="http://www.w3.org/2000/svg"
  >
    <mask
      id="mask0_2_2"
      style={{ maskType: "luminance" }}
      maskUnits="userSpaceOnUse"
      x="1"
      y="7"
      width="13"
      height="20"
    >
      <path d="M1.19672 7.3667H13.6293V26.6334H1.19672V7.3667Z" fill="white" />
    </mask>
    <g mask="url(#mask0_2_2)">
      <mask
        id="mask1_2_2"
        style={{ maskType: "luminance" }}
        maskUnits="userSpaceOnUse"
        x="1"
        y="0"
        width="36"
        height="34"
      >
        <path
          d="M36.358 14.0377H19.3979V20.3292H29.1603C28.2502 24.3262 24.4446 26.6207 19.3979 26.6207C13.4412 26.6207 8.6427 22.3277 8.6427 16.9984C8.6427 11.6692 13.4412 7.37612 19.3979 7.37612C21.9626 7.37612 24.2791 8.19035 26.0991 9.52264L31.394 4.78557C28.1675 2.26895 24.0309 0.7146 19.3979 0.7146C9.30453 0.7146 1.19678 7.96829 1.19678 16.9984C1.19678 26.0286 9.30453 33.2823 19.3979 33.2823C28.4984 33.2823 36.7716 27.3609 36.7716 16.9984C36.7716 16.0362 36.6061 14.9999 36.358 14.0377Z"
          fill="white"
        />
      </mask>
      <g mask="url(#mask1_2_2)">
        <path
          d="M-0.457825 26.6207V7.3761L13.6066 16.9984L-0.457825 26.6207Z"
          fill="#FBBC05"
        />
      </g>
    </g>
    <mask
      id="mask2_2_2"
      style={{ maskType: "luminance" }}
      maskUnits="userSpaceOnUse"
      x="1"
      y="0"
      width="36"
      height="17"
    >
      <path d="M1.19672 0.702637H36.7715V17H1.19672V0.702637Z" fill="white" />
    </mask>
    <g mask="url(#mask2_2_2)">
      <mask
        id="mask3_2_2"
        style={{ maskType: "luminance" }}
        maskUnits="userSpaceOnUse"
        x="1"
        y="0"
        width="36"
        height="34"
      >
        <path
          d="M36.358 14.0377H19.3979V20.3292H29.1603C28.2502 24.3261 24.4446 26.6207 19.3979 26.6207C13.4412 26.6207 8.6427 22.3276 8.6427 16.9983C8.6427 11.6691 13.4412 7.37606 19.3979 7.37606C21.9626 7.37606 24.2791 8.19029 26.0991 9.52258L31.394 4.78551C28.1675 2.26889 24.0309 0.714539 19.3979 0.714539C9.30453 0.714539 1.19678 7.96823 1.19678 16.9983C1.19678 26.0285 9.30453 33.2822 19.3979 33.2822C28.4984 33.2822 36.7716 27.3608 36.7716 16.9983C36.7716 16.0361 36.6061 14.9999 36.358 14.0377Z"
          fill="white"
        />
      </mask>
      <g mask="url(#mask3_2_2)">
        <path
          d="M-0.457825 7.37607L13.6066 16.9983L19.3979 12.4833L39.2536 9.5966V-0.765869H-0.457825V7.37607Z"
          fill="#EA4335"
        />
      </g>
    </g>
    <mask
      id="mask4_2_2"
      style={{ maskType: "luminance" }}
      maskUnits="userSpaceOnUse"
      x="1"
      y="0"
      width="36"
      height="34"
    >
      <path
        d="M1.19672 0.702637H36.7715V33.2822H1.19672V0.702637Z"
        fill="white"
      />
    </mask>
    <g mask="url(#mask4_2_2)">
      <mask
        id="mask5_2_2"
        style={{ maskType: "luminance" }}
        maskUnits="userSpaceOnUse"
        x="1"
        y="0"
        width="36"
        height="34"
      >
        <path
          d="M36.358 14.0377H19.3979V20.3292H29.1603C28.2502 24.3261 24.4446 26.6207 19.3979 26.6207C13.4412 26.6207 8.6427 22.3276 8.6427 16.9983C8.6427 11.6691 13.4412 7.37606 19.3979 7.37606C21.9626 7.37606 24.2791 8.19029 26.0991 9.52258L31.394 4.78551C28.1675 2.26889 24.0309 0.714539 19.3979 0.714539C9.30453 0.714539 1.19678 7.96823 1.19678 16.9983C1.19678 26.0285 9.30453 33.2822 19.3979 33.2822C28.4984 33.2822 36.7716 27.3608 36.7716 16.9983C36.7716 16.0361 36.6061 14.9999 36.358 14.0377Z"
          fill="white"
        />
      </mask>
      <g mask="url(#mask5_2_2)">
        <path
          d="M-0.457825 26.6207L24.3618 9.5966L30.8976 10.3368L39.2536 -0.765869V34.7626H-0.457825V26.6207Z"
          fill="#34A853"
        />
      </g>
    </g>
    <mask
      id="mask6_2_2"
      style={{ maskType: "luminance" }}
      maskUnits="userSpaceOnUse"
      x="10"
      y="7"
      width="27"
      height="27"
    >
      <path d="M10.2853 7.3667H36.7715V33.2822H10.2853V7.3667Z" fill="white" />
    </mask>
    <g mask="url(#mask6_2_2)">
      <mask
        id="mask7_2_2"
        style={{ maskType: "luminance" }}
        maskUnits="userSpaceOnUse"
        x="1"
        y="0"
        width="36"
        height="34"
      >
        <path
          d="M36.3579 14.0377H19.3978V20.3292H29.1603C28.2501 24.3262 24.4445 26.6207 19.3978 26.6207C13.4411 26.6207 8.64264 22.3277 8.64264 16.9984C8.64264 11.6692 13.4411 7.37612 19.3978 7.37612C21.9625 7.37612 24.279 8.19035 26.0991 9.52264L31.3939 4.78557C28.1674 2.26895 24.0309 0.7146 19.3978 0.7146C9.30447 0.7146 1.19672 7.96829 1.19672 16.9984C1.19672 26.0286 9.30447 33.2823 19.3978 33.2823C28.4983 33.2823 36.7715 27.3609 36.7715 16.9984C36.7715 16.0362 36.6061 14.9999 36.3579 14.0377Z"
          fill="white"
        />
      </mask>
      <g mask="url(#mask7_2_2)">
        <path
          d="M39.2535 34.7627L13.6066 16.9984L10.2973 14.7779L39.2535 7.3761V34.7627Z"
          fill="#4285F4"
        />
      </g>
    </g>
  </svg>
);
const Microsoft = () => (
  <svg
    width="24"
    height="23"
    viewBox="0 0 48 48"
    xmlns="http://www.w3.org/2000/svg"
  >
    <path fill="#F25022" d="M0 0h22v22H0z" /> {/* Red square */}
    <path fill="#7FBA00" d="M26 0h22v22H26z" /> {/* Green square */}
    <path fill="#00A4EF" d="M0 26h22v22H0z" /> {/* Blue square */}
    <path fill="#FFB900" d="M26 26h22v22H26z" /> {/* Yellow square */}
  </svg>
);

const Logo = (props: svgProps) => {
  const svgPath = () => {
    switch (props.name) {
      case "Facebook":
        return <path fill="#1877F2" d={Facebook} />;
      case "Google":
        return Google();
      case "Microsoft":
        return Microsoft();
    }
  };

  return (
    <svg xmlns="https://www.w3.org/2000/svg" {...props}>
      {svgPath()}
    </svg>
  );
};

export default Logo;
