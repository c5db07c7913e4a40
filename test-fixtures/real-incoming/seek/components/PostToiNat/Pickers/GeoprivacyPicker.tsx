import * as React from "react";
import {
  Image,
  View,
} from "react-native";

import icons from "../../../assets/icons";
import posting from "../../../assets/posting";
import i18n from "../../../i18n";
import styles from "../../../styles/posting/postToiNat";
import { baseTextStyles } from "../../../styles/textStyles";
import Picker from "../../UIComponents/Picker";
import StyledText from "../../UIComponents/StyledText";

type Geoprivacy = "geoprivacy";
interface Props {
  updateObservation: ( string: Geoprivacy, value: string ) => void;
  geoprivacy: string;
}

const GeoprivacyPicker = ( { updateObservation, geoprivacy }: Props ) => {
  const geoprivacyTypes = [{
    label: i18n.t( "posting.open" ),
    value: "open",
  },
  {
    label: i18n.t( "posting.obscured" ),
    value: "obscured",
  },
  {
    label: i18n.t( "posting.private" ),
    value: "private",
  }];

  const setGeoprivacy = ( value: string ) => updateObservation( "geoprivacy", value );

  const geoprivacyText = geoprivacyTypes.filter( type => type.value === geoprivacy )[0].label;

  const renderGeoprivacyPicker = React.useMemo( ( ) => (
    <View style={styles.thinCard}>
        <Image source={posting.geoprivacy} />
        <View style={styles.row}>
          <StyledText style={baseTextStyles.postSectionHeader}>
            {i18n.t( "posting.geoprivacy" ).toLocaleUpperCase()}
          </StyledText>
          <StyledText style={[baseTextStyles.body, styles.text]}>
            {geoprivacyText}
          </StyledText>
        </View>
        <Image
          source={icons.backButton}
          style={[styles.buttonIcon, styles.rotate]}
        />
      </View>
  ), [geoprivacyText] );

  return (
    <Picker
      itemList={geoprivacyTypes}
      handleValueChange={setGeoprivacy}
    >
      {renderGeoprivacyPicker}
    </Picker>
  );
};

export default GeoprivacyPicker;
