import React, { useCallback, useEffect, useState } from "react";
import {
  Image,
  TextInput,
  View,
} from "react-native";
import type { Region } from "react-native-maps";
import { SafeAreaView } from "react-native-safe-area-context";

import posting from "../../../assets/posting";
import i18n from "../../../i18n";
import { colors, dimensions } from "../../../styles/global";
import { imageStyles, textStyles, viewStyles } from "../../../styles/home/locationPicker";
import { baseTextStyles } from "../../../styles/textStyles";
import type { Coords } from "../../../utility/locationHelpers";
import {
  fetchCoordsByLocationName,
} from "../../../utility/locationHelpers";
import LocationMap from "../../Home/SpeciesNearby/LocationMap";
import BackArrow from "../../UIComponents/Buttons/BackArrowModal";
import GreenButton from "../../UIComponents/Buttons/GreenButton";
import StyledText from "../../UIComponents/StyledText";
import { useFetchUserLocation } from "../hooks/postingHooks";

const latitudeDelta = 0.005; // closer to zoom level on iNaturalist iOS app
const longitudeDelta = latitudeDelta;
const COORD_EPSILON = 1e-6;

interface Props {
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly updateLocation: ( latitude: number | null, longitude: number | null, accuracy: number ) => void;
  readonly closeLocationPicker: ( ) => void;
  readonly location: string | null;
}

const LocationPicker = ( {
  latitude,
  longitude,
  updateLocation,
  closeLocationPicker,
  location,
}: Props ) => {
  const initialAccuracy = 90;
  const [accuracy, setAccuracy] = useState( initialAccuracy );
  const [region, setRegion] = useState<Region | {
    latitude: null;
    longitude: null;
    latitudeDelta: number;
    longitudeDelta: number;
  }>( {
    latitude: null,
    longitude: null,
    latitudeDelta,
    longitudeDelta,
  } );
  const [inputLocation, setInputLocation] = useState( undefined );
  const [initialCenter, setInitialCenter] = useState<{ latitude: number; longitude: number } | null>( null );
  const userCoords = useFetchUserLocation( );

  useEffect( ( ) => {
    if ( region.latitude != null && region.longitude != null && initialCenter === null ) {
      setInitialCenter( { latitude: region.latitude, longitude: region.longitude } );
    }
  }, [region.latitude, region.longitude, initialCenter] );

  const hasUserChangedLocation = initialCenter != null
    && region.latitude != null
    && region.longitude != null
    && ( Math.abs( region.latitude - initialCenter.latitude ) > COORD_EPSILON
      || Math.abs( region.longitude - initialCenter.longitude ) > COORD_EPSILON );

  const handleRegionChange = ( newRegion: Region ) => {
    const sizeOfCrossHairIcon = 127;
    const { width } = dimensions;

    const estimatedAccuracy = newRegion.longitudeDelta * 1000 * (
      ( sizeOfCrossHairIcon / width / 2 ) * 100
    );

    setRegion( newRegion );
    setAccuracy( estimatedAccuracy );
  };

  const updateRegion = ( lat: number, long: number ) => {
    setRegion( {
      latitude: lat,
      longitude: long,
      latitudeDelta,
      longitudeDelta,
    } );
  };

  const setCoords = useCallback( ( coords: Coords | null ) => {
    const downtownSFLat = 37.7749;
    const downtownSFLong = -122.4194;

    if ( coords ) {
      const lat = coords.latitude;
      const long = coords.longitude;
      const newAccuracy = coords.accuracy;

      updateRegion( lat, long );
      setAccuracy( newAccuracy );
    } else {
      updateRegion( downtownSFLat, downtownSFLong );
    }
  }, [] );

  const returnToUserLocation = useCallback( ( ) => setCoords( userCoords ), [userCoords, setCoords] );

  useEffect( ( ) => {
    if ( latitude && longitude ) {
      // if photo has location, set map to that location
      updateRegion( latitude, longitude );
    } else {
      // otherwise, set to user location
      returnToUserLocation( );
    }
  }, [latitude, longitude, returnToUserLocation] );

  const handleLocationChange = ( ) => {
    updateLocation( region.latitude, region.longitude, accuracy );
    closeLocationPicker( );
  };

  const setCoordsByLocationName = async ( newLocation: string ) => {
    const { placeName, position } =
      await fetchCoordsByLocationName( newLocation );
    const { lng, lat } = position;

    if ( !placeName || !lng ) {
      return;
    }

    setInputLocation( placeName );
    setRegion( {
      latitude: lat,
      longitude: lng,
      latitudeDelta,
      longitudeDelta,
    } );
  };

  const changeText = ( text: string ) => setCoordsByLocationName( text );

  const displayMap = ( ) => (
    <LocationMap
      onRegionChange={handleRegionChange}
      posting
      region={region}
      returnToUserLocation={returnToUserLocation}
    />
  );

  return (
    <SafeAreaView style={viewStyles.container} edges={["top"]}>
      <View style={viewStyles.header}>
        <BackArrow handlePress={closeLocationPicker} />
        <View style={viewStyles.marginLarge} />
        <StyledText style={[baseTextStyles.button, textStyles.headerText]}>
          {i18n.t( "posting.edit_location" ).toLocaleUpperCase()}
        </StyledText>
        <View style={[viewStyles.row, viewStyles.inputRow]}>
          <Image
            source={posting.location}
            tintColor={colors.white}
            style={imageStyles.white}
          />
          <TextInput
            accessibilityLabel={inputLocation}
            accessible
            autoCapitalize="words"
            onChangeText={changeText}
            placeholder={inputLocation || location || i18n.t( "species_nearby.no_location" )}
            placeholderTextColor={colors.placeholderGray}
            style={[baseTextStyles.inputField, textStyles.inputField]}
            textContentType="addressCity"
          />
        </View>
      </View>
      {region.latitude && displayMap( )}
      <View style={viewStyles.footer}>
        <SafeAreaView edges={["bottom"]}>
          <GreenButton
            color={!hasUserChangedLocation ? colors.seekTransparent : null}
            handlePress={handleLocationChange}
            text="posting.save_location"
            disabled={!hasUserChangedLocation}
          />
        </SafeAreaView>
      </View>
    </SafeAreaView>
  );
};

export default LocationPicker;
