import { useNavigation } from "@react-navigation/native";
import { getBounds, getCenterOfBounds } from "geolib";
import React, { useCallback } from "react";
import { Image } from "react-native";
import MapView, { Marker,PROVIDER_DEFAULT } from "react-native-maps";

import icons from "../../assets/icons";
import { viewStyles } from "../../styles/seekYearInReview/seekYearInReview";
import {
  useLocationPermission,
  useTruncatedUserCoords,
} from "../../utility/customHooks";
import GreenButton from "../UIComponents/Buttons/GreenButton";

interface Props {
  readonly year: number;
  readonly observations: {
    latitude: number;
    longitude: number;
    uuidString: string;
  }[];
}

const SeekYearInReviewMap = ( { year, observations }: Props ) => {
  const navigation = useNavigation();

  const granted = useLocationPermission();
  const userCoords = useTruncatedUserCoords( granted );

  const centerRegion = useCallback(
    () => {
      const coordsArray = observations.map( ( observation ) => {
        const { latitude, longitude } = observation;
        return { latitude, longitude };
      } );
      const bounds = getBounds( coordsArray );
      if ( userCoords ) {
        coordsArray.push( userCoords );
      }
      const center = getCenterOfBounds( coordsArray );
      return {
        latitude: center.latitude,
        longitude: center.longitude,
        latitudeDelta: Math.abs(
          ( center.latitude - Math.min( bounds.maxLat, bounds.minLat ) ) * 2
        ),
        longitudeDelta: Math.abs(
          ( center.longitude - Math.min( bounds.maxLng, bounds.minLng ) ) * 2
        ),
      };
    },
    [observations, userCoords],
  );

  const navToObsMap = useCallback(
    // TODO: navigation TS
    () => navigation.navigate( "SeekYearInReviewMapScreen", { year, region: centerRegion() } ),
    [navigation, year, centerRegion]
  );

  return (
    <>
      <MapView
        onPress={navToObsMap}
        provider={PROVIDER_DEFAULT}
        initialRegion={centerRegion()}
        region={centerRegion()}
        rotateEnabled={false}
        scrollEnabled={false}
        style={viewStyles.map}
        zoomEnabled={false}
      >
        {
          // Map over observations and display a marker for each one
          observations.length > 0 &&
            observations.map( ( obs ) => {
              const { latitude, longitude, uuidString } = obs;
              return (
                <Marker testID={uuidString} key={uuidString} coordinate={{ latitude, longitude }}>
                  <Image source={icons.cameraOnMap} />
                </Marker>
              );
            } )
        }
        {userCoords?.latitude && (
          <Marker
            coordinate={{
              latitude: userCoords.latitude,
              longitude: userCoords.longitude,
            }}
          >
            <Image source={icons.locationPin} />
          </Marker>
        )}
      </MapView>
      <GreenButton
        handlePress={navToObsMap}
        text="seek_year_in_review.view_observations_map"
      />
    </>
  );
};

export default SeekYearInReviewMap;
