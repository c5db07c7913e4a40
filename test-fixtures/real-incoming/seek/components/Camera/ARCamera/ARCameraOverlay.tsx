import { useNavigation } from "@react-navigation/native";
import React, { useEffect, useMemo, useState } from "react";
import {
  Image,
  Platform,
  TouchableOpacity,
  View,
} from "react-native";
import { useSafeAreaInsets } from "react-native-safe-area-context";
import type { TakePhotoOptions } from "react-native-vision-camera";

import icons from "../../../assets/icons";
import i18n from "../../../i18n";
import { textStyles, viewStyles } from "../../../styles/camera/arCameraOverlay";
import { colors } from "../../../styles/global";
import { baseTextStyles } from "../../../styles/textStyles";
import { useFetchUserSettings } from "../../../utility/customHooks/useFetchUserSettings";
import { setCameraHelpText } from "../../../utility/textHelpers";
import { useAppOrientation } from "../../Providers/AppOrientationProvider";
import TouchableOpacityWithDebounce from "../../UIComponents/Buttons/TouchableOpacityWithDebounce";
import GreenRectangle from "../../UIComponents/GreenRectangle";
import LoadingWheel from "../../UIComponents/LoadingWheel";
import StyledText from "../../UIComponents/StyledText";
import ToastAnimation from "../../UIComponents/ToastAnimation";
import ToastAnimationWithText from "../../UIComponents/ToastAnimationWithText";
import { TOAST } from "./ARCamera";
import ARCameraHeader from "./ARCameraHeader";
import CameraFlip from "./CameraFlip";
import Flash from "./Flash";
import GalleryButton from "./GalleryButton";
import Location from "./Location";

interface Prediction {
  name: string;
  taxon_id: number;
  rank_level: number;
  combined_score: number;
  ancestor_ids: number[];
}

interface Props {
  takePicture: ( ) => void;
  prediction?: Prediction;
  pictureTaken: boolean;
  cameraLoaded: boolean;
  filterByTaxonId: ( taxonId: string | null, negativeFilter: boolean ) => void;
  setIsActive: ( arg0: boolean ) => void;
  flipCamera: ( ) => void;
  toggleFlash: ( ) => void;
  hasFlash?: boolean;
  takePhotoOptions: TakePhotoOptions;
  visibleToast: TOAST;
  toggleLocation: ( ) => void;
  useLocation: boolean;
  handleToastEnd: ( ) => void;
}

const isAndroid = Platform.OS === "android";

const ARCameraOverlay = ( {
  takePicture,
  prediction,
  pictureTaken,
  cameraLoaded,
  filterByTaxonId,
  setIsActive,
  flipCamera,
  toggleFlash,
  hasFlash,
  takePhotoOptions,
  visibleToast,
  toggleLocation,
  useLocation,
  handleToastEnd,
}: Props ) => {
  const { isLandscape } = useAppOrientation( );
  const { bottom } = useSafeAreaInsets( );
  const actualBottom = Platform.OS === "android" ? bottom : 0;
  const { navigate } = useNavigation( );
  const rankToRender = prediction?.rank || null;
  const helpText = setCameraHelpText( rankToRender );
  const userSettings = useFetchUserSettings( );
  const autoCapture = userSettings?.autoCapture;
  const [filterIndex, setFilterIndex] = useState<number | null>( null );

  const settings = useMemo( ( ) => ( [
    {
      negativeFilter: true,
      taxonId: null,
      text: i18n.t( "camera.filters_off" ),
      icon: icons.plantFilterOff,
      color: colors.cameraFilterGray,
    },
    {
      negativeFilter: false,
      taxonId: "47126",
      text: i18n.t( "camera.plant_filter" ),
      icon: icons.plantsFilter,
      color: null,
    },
    {
      negativeFilter: true,
      taxonId: "47126",
      text: i18n.t( "camera.non_plant_filter" ),
      icon: icons.nonPlantsFilter,
      color: colors.seekTeal,
    },
  ] ), [] );

  const toggleFilterIndex = ( ) => {
    if ( filterIndex === null ) {
      setFilterIndex( 1 );
    } else if ( filterIndex < 2 ) {
      setFilterIndex( filterIndex + 1 );
    } else {
      setFilterIndex( 0 );
    }
  };

  useEffect( ( ) => {
    let isCurrent = true;
    if ( filterIndex && isCurrent ) {
      filterByTaxonId( settings[filterIndex].taxonId, settings[filterIndex].negativeFilter );
    }
    return ( ) => {
      isCurrent = false;
    };
  }, [filterIndex, filterByTaxonId, settings] );

  useEffect( ( ) => {
    let isCurrent = true;
    if ( rankToRender === "species" && autoCapture && isCurrent && !pictureTaken ) {
      takePicture( );
    }
    return ( ) => {
      isCurrent = false;
    };
  }, [rankToRender, takePicture, autoCapture, pictureTaken] );

  const showFilterText = ( ) => {
    if ( filterIndex === 0 || filterIndex === null ) {
      return;
    }

    return (
      <View
        style={[viewStyles.plantFilter, { bottom: actualBottom + 203 - 41 }]}
      >
        <GreenRectangle
          text={settings[filterIndex].text}
          color={settings[filterIndex].color}
        />
      </View>
    );
  };

  const showCameraHelp = ( ) => navigate( "CameraHelp" );

  const setTaxonomicRankColorStyles = ( ) => {
    if ( isLandscape ) {
      if ( rankToRender === "species" ) {
        return [
          viewStyles.landscapeHelpBubble,
          { bottom: actualBottom + 26 + 65 + 18 },
          viewStyles.landscapeHelpBubbleSpecies,
        ];
      } else {
        return [
          viewStyles.landscapeHelpBubble,
          { bottom: actualBottom + 26 + 65 + 18 },
        ];
      }
    }
    return [viewStyles.helpBubble, { bottom: actualBottom + 26 + 65 + 18 }];
  };

  return (
    <>
      {( pictureTaken || !cameraLoaded ) && <LoadingWheel color={colors.white} />}
      <ARCameraHeader prediction={prediction} />
      <View
        style={[
          !isLandscape
            ? viewStyles.secondaryCameraControlsContainer
            : viewStyles.secondaryCameraControlsContainerLandscape,
          { bottom: actualBottom },
        ]}
      >
        <CameraFlip flipCamera={flipCamera} />
        <Flash
          toggleFlash={toggleFlash}
          hasFlash={hasFlash}
          takePhotoOptions={takePhotoOptions}
        />
        <Location toggleLocation={toggleLocation} useLocation={useLocation} />
      </View>
      {isAndroid && visibleToast === TOAST.NONE && showFilterText()}
      {isAndroid && filterIndex === 0 && (
        <ToastAnimation
          testID="filterOffToast"
          visible={filterIndex === 0}
          styles={[viewStyles.plantFilter, { bottom: actualBottom + 203 - 41 }]}
          toastText={settings[filterIndex].text}
          rectangleColor={settings[filterIndex].color}
        />
      )}
      <ToastAnimationWithText
        testID="locationOnToast"
        visible={visibleToast === TOAST.LOCATION_ON}
        finishAnimation={handleToastEnd}
        styles={[viewStyles.plantFilter, { bottom: actualBottom + 203 - 41 }]}
        textStyles={[
          baseTextStyles.buttonSmall,
          textStyles.scanText,
          !isLandscape && textStyles.textShadow,
        ]}
        helpText={i18n.t( "camera.best_for_wild_organisms" )}
        toastText={i18n.t( "camera.using_location" )}
        rectangleColor={colors.plantsFilter}
      />
      <ToastAnimationWithText
        testID="locationOffToast"
        visible={visibleToast === TOAST.LOCATION_OFF}
        finishAnimation={handleToastEnd}
        styles={[viewStyles.plantFilter, { bottom: actualBottom + 203 - 41 }]}
        textStyles={[
          baseTextStyles.buttonSmall,
          textStyles.scanText,
          !isLandscape && textStyles.textShadow,
        ]}
        helpText={i18n.t( "camera.best_for_captive_organisms" )}
        toastText={i18n.t( "camera.not_using_location" )}
        rectangleColor={colors.plantsFilter}
      />
      <ToastAnimation
        testID="flashOnToast"
        visible={visibleToast === TOAST.FLASH_ON}
        finishAnimation={handleToastEnd}
        styles={[viewStyles.plantFilter, { bottom: actualBottom + 203 - 41 }]}
        toastText={i18n.t( "camera.flash_on" )}
        rectangleColor={colors.plantsFilter}
      />
      <ToastAnimation
        testID="flashOffToast"
        visible={visibleToast === TOAST.FLASH_OFF}
        finishAnimation={handleToastEnd}
        styles={[viewStyles.plantFilter, { bottom: actualBottom + 203 - 41 }]}
        toastText={i18n.t( "camera.flash_off" )}
        rectangleColor={colors.plantsFilter}
      />
      <View style={setTaxonomicRankColorStyles()}>
        <StyledText
          style={[
            baseTextStyles.buttonSmall,
            textStyles.scanText,
            !isLandscape && textStyles.textShadow,
          ]}
        >
          {helpText}
        </StyledText>
      </View>

      <View
        style={[
          isLandscape
            ? viewStyles.cameraControlsContainerLandscape
            : viewStyles.cameraControlsContainer,
          { bottom: actualBottom },
        ]}
      >
        <View style={viewStyles.leftControls}>
          {isAndroid && (
            <TouchableOpacity
              accessibilityLabel={
                filterIndex ? settings[filterIndex].text : settings[0].text
              }
              accessible
              onPress={toggleFilterIndex}
            >
              <Image
                source={
                  filterIndex ? settings[filterIndex].icon : settings[0].icon
                }
              />
            </TouchableOpacity>
          )}
          <TouchableOpacity
            accessibilityLabel={i18n.t( "accessibility.open_help" )}
            accessible
            onPress={showCameraHelp}
          >
            <Image source={icons.cameraHelp} />
          </TouchableOpacity>
        </View>

        <TouchableOpacityWithDebounce
          accessibilityLabel={i18n.t( "accessibility.take_photo" )}
          accessible
          testID="takePhotoButton"
          onPress={takePicture}
          style={viewStyles.shadow}
          disabled={pictureTaken}
        >
          <Image
            source={
              prediction?.rank === "species"
                ? icons.arCameraGreen
                : icons.arCameraButton
            }
          />
        </TouchableOpacityWithDebounce>

        <View style={viewStyles.rightControls}>
          <GalleryButton setIsActive={setIsActive} />
        </View>
      </View>
    </>
  );
};

export default ARCameraOverlay;
