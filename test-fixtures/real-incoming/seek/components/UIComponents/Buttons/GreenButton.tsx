import type { ComponentPropsWithoutRef } from "react";
import React from "react";
import { TouchableOpacity } from "react-native";

import i18n from "../../../i18n";
import { baseTextStyles } from "../../../styles/textStyles";
import { textStyles, viewStyles } from "../../../styles/uiComponents/buttons/greenButton";
import StyledText from "../StyledText";

interface Props extends ComponentPropsWithoutRef<typeof TouchableOpacity> {
  readonly color?: string | null;
  readonly handlePress: () => void;
  readonly letterSpacing?: number;
  readonly text: string;
  readonly login?: boolean;
  readonly fontSize?: number;
  readonly width?: number | null;
  readonly allowFontScaling?: boolean;
}

const GreenButton = ( {
  color = null,
  disabled,
  testID,
  handlePress,
  letterSpacing,
  login = false,
  fontSize,
  text,
  width = null,
  allowFontScaling = true,
}: Props ) => {
  let widthStyle = null;

  if ( width ) {
    widthStyle = { width };
  }

  return (
    <TouchableOpacity
      onPress={handlePress}
      style={[
        viewStyles.greenButton,
        color ? { backgroundColor: color } : {},
        login && viewStyles.loginHeight,
        widthStyle,
      ]}
      disabled={disabled}
      testID={testID || "greenButton"}
    >
      <StyledText
        style={[
          baseTextStyles.button,
          textStyles.buttonText,
          letterSpacing && { letterSpacing },
          fontSize && { fontSize },
        ]}
        allowFontScaling={allowFontScaling}
      >
        {i18n.t( text ).toLocaleUpperCase()}
      </StyledText>
    </TouchableOpacity>
  );
};

export default GreenButton;
