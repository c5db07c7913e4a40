import React, { useCallback, useState } from "react";
import {
  Image,
  Modal,
  TouchableOpacity,
  View,
} from "react-native";
import { SafeAreaProvider } from "react-native-safe-area-context";

import icons from "../../../assets/icons";
import posting from "../../../assets/posting";
import i18n from "../../../i18n";
import styles from "../../../styles/posting/postToiNat";
import { baseTextStyles } from "../../../styles/textStyles";
import { truncateCoordinates } from "../../../utility/locationHelpers";
import StyledText from "../../UIComponents/StyledText";
import LocationPicker from "./LocationPicker";

interface Props {
  location: string | null;
  updateLocation: ( lat: number | null, long: number | null, accuracy: number ) => void;
  observation: {
    observed_on_string: string | null;
    taxon_id: number | null;
    geoprivacy: string;
    captive_flag: boolean;
    place_guess: string | null;
    latitude: number | null;
    longitude: number | null;
    positional_accuracy: number | null;
    description: string | null;
    vision: boolean;
  };
}

const LocationPickerCard = ( { location, updateLocation, observation }: Props ) => {
  const [showModal, setShowModal] = useState( false );

  const openModal = ( ) => setShowModal( true );
  const closeModal = useCallback( ( ) => setShowModal( false ), [] );

  const latString = observation.latitude && truncateCoordinates( observation.latitude );
  const longString = observation.longitude && truncateCoordinates( observation.longitude );

  const coordinateString = ( latString && longString )
    ? `${i18n.t( "posting.latitude_longitude", { latitude: latString, longitude: longString } )}`
    : null;

  return (
    <>
      <Modal onRequestClose={closeModal} visible={showModal}>
        <SafeAreaProvider>
          <LocationPicker
            latitude={observation.latitude}
            longitude={observation.longitude}
            closeLocationPicker={closeModal}
            updateLocation={updateLocation}
            location={location}
          />
        </SafeAreaProvider>
      </Modal>
      <TouchableOpacity onPress={openModal} style={styles.thinCard}>
        <Image source={posting.location} style={styles.extraMargin} />
        <View style={styles.row}>
          <StyledText style={baseTextStyles.postSectionHeader}>
            {i18n.t( "posting.location" ).toLocaleUpperCase()}
          </StyledText>
          <StyledText style={[baseTextStyles.body, styles.text]}>
            {location || i18n.t( "location_picker.undefined" )}
          </StyledText>
          {coordinateString && (
            <StyledText style={baseTextStyles.coords}>
              {coordinateString}
            </StyledText>
          )}
        </View>
        <Image
          source={icons.backButton}
          style={[styles.buttonIcon, styles.rotate]}
        />
      </TouchableOpacity>
    </>
  );
};

export default LocationPickerCard;
