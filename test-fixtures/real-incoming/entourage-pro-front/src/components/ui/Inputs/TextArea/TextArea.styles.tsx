import styled, { css } from 'styled-components';
import {
  commonInputContainerStyles,
  commonInputStyles,
} from '../Inputs.styles';
import { COLORS } from 'src/constants/styles';

export const StyledTextAreaContainer = styled.div<{ naked?: boolean }>`
  ${() => commonInputContainerStyles}
  ${({ naked }) =>
    naked &&
    css`
      margin-bottom: 0;
      flex: 1;
      min-width: 0;
    `}
`;

export const StyledTextArea = styled.textarea<{
  hasLineLimit: boolean;
  textAreaWidth?: number;
  width: number;
  device: 'mobile' | 'desktop';
  naked?: boolean;
}>`
  ${() => commonInputStyles}
  width: 100%;
  padding-bottom: 12px;
  resize: none;
  width: ${({ hasLineLimit, width }) => {
    // Hard code the width in case the width of the modal changes
    return hasLineLimit ? `${width}px` : '100%';
  }};
  &::placeholder {
    color: ${COLORS.mediumGray};
    background-color: transparent;
    font-family: Poppins, sans-serif;
  }
  :focus-visible {
    outline: none;
  }
  ${({ naked }) =>
    naked &&
    css`
      border: none;
      padding: 0;
      min-height: 20px;
      max-height: 120px;
      font-size: 13px;
      line-height: 1.5;
      &:focus,
      &:hover {
        border: none;
      }
      border-radius: 0;
    `}
`;

export const StyledTextAreaScrollContainer = styled.div`
  overflow-x: auto;
  ${({ hasLineLimit, textAreaWidth, width }) => {
    return hasLineLimit
      ? css`
          width: ${textAreaWidth || width}px;
          max-width: ${width}px;
        `
      : css`
          width: 100%;
          max-width: 100%;
        `;
  }};
  min-width: 300px;
`;
