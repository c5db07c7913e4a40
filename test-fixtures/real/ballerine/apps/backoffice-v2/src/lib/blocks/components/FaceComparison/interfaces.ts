export interface IFaceComparisonProps {
  value: {
    faceAUrl: string;
    faceBUrl: string;
  };
}
