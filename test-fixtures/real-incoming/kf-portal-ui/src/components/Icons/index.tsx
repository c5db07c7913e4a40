export type IconProps = {
  alt?: string;
  height?: number | string;
  style?: object;
  width?: number | string;
  className?: string;
  svgClass?: string;
};
