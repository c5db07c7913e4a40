import React, { useRef, useEffect, useState, useContext, createContext, useCallback, ReactNode } from "react";
import { View, StyleSheet, Animated as RNAnimated, Easing, Text, Platform, ViewStyle, useWindowDimensions } from "react-native";
import { useFocusEffect } from "@react-navigation/native";
import { useSafeAreaInsets } from "react-native-safe-area-context";
import { BlurView } from "@react-native-community/blur";
import BackButton from "../../components/BackButton";
import { StackNavigationOptions, TransitionPresets } from "@react-navigation/stack";
import { colors } from "../../utils/colors";
import BannerHeader from "./BannerHeader";
import Animated, { useAnimatedStyle, useSharedValue, SharedValue } from "react-native-reanimated";
import { HEADER_WITH_BANNER, PROGRESS_BAR, PROGRESS_BAR_AND_HEADER, SHARED_HEADER, TW_COLORS } from "@/utils/constants";
import CheckInHeader from "@/components/onboarding/CheckInHeader";
import BannerAnimatedHeader from "./BannerAnimatedHeader";
import { set } from "date-fns";
import { GestureHandlerRootView, ScrollView } from "react-native-gesture-handler";
import { BottomSheetModalProvider } from "@gorhom/bottom-sheet";

const PROGRESS_HEADER_HEIGHT = 60;
const PROGRESS_HEADER_PADDING_HORIZONTAL = 0;

interface ProgressHeaderContextType {
  slideIndex: number;
  setSlideIndex: (index: number) => void;
  isVisible: boolean;
  setIsVisible: (visible: boolean) => void;
  setTitle: (title: string) => void;
  title: string;
  showProgressbar: boolean;
  setShowProgressbar: (show: boolean) => void;
  setNextCallback: (func: () => void) => void;
  nextCallback: React.MutableRefObject<(() => void) | null>;
  setSkipCallback: (func: () => void) => void;
  skipCallback: React.MutableRefObject<(() => void) | null>;
  hideOnScrollProgressValue: SharedValue<number>;
  setHideOnScrollProgressValue: SharedValue<number>;
}

const ProgressHeaderContext = createContext<ProgressHeaderContextType | undefined>(undefined);

export const useOnboardingProgressHeader = () => {
  const context = useContext(ProgressHeaderContext);
  if (!context) {
    throw new Error("useOnboardingProgressHeader must be used within OnboardingProgressHeaderProvider");
  }
  return context;
};

export const OnboardingProgressHeaderProvider = ({ children }) => {
  const [isVisible, setIsVisible] = useState(false);
  const [slideIndex, setSlideIndex] = useState(-1);
  const [title, setTitle] = useState<string>("");
  const [showProgressbar, setShowProgressbar] = useState<boolean>(false);
  const hideOnScrollProgressValue = useSharedValue(1);
  const nextCallbackRef = useRef<(() => void) | null>(null);
  const skipCallbackRef = useRef<(() => void) | null>(null);

  const setNextCallback = useCallback((func: () => void) => {
    nextCallbackRef.current = func;
  }, []);

  const setSkipCallback = useCallback((func: () => void) => {
    skipCallbackRef.current = func;
  }, []);

  const value = {
    slideIndex,
    setSlideIndex,
    isVisible,
    setIsVisible,
    setTitle,
    title,
    showProgressbar,
    setShowProgressbar,
    setNextCallback,
    nextCallback: nextCallbackRef,
    setSkipCallback,
    skipCallback: skipCallbackRef,
    hideOnScrollProgressValue,
    setHideOnScrollProgressValue: hideOnScrollProgressValue,
    // animatedStatusBarColor,
    // animatedTextColor
  };

  return <ProgressHeaderContext.Provider value={value}>{children}</ProgressHeaderContext.Provider>;
};

export const progressHeaderOptions = ({ insets, slidesCount, navigation }): StackNavigationOptions => {
  return {
    headerShown: true,
    headerStyle: {
      height: insets.top + PROGRESS_HEADER_HEIGHT,
    },
    headerMode: "float",
    headerTransparent: true,
    header: ProgressHeader({ insets, slidesCount, navigation }),
    ...TransitionPresets.SlideFromRightIOS,
  };
};

export const ProgressScreen =
  ({ slideIndex: _slideIndex, Component, title, showProgressbar }) =>
  ({ ...props }) => {
    const { setSlideIndex, setTitle, setShowProgressbar, setHideOnScrollProgressValue } = useOnboardingProgressHeader();

    useFocusEffect(
      useCallback(() => {
        setSlideIndex(_slideIndex);
        setTimeout(() => {
          setTitle(title);
          setShowProgressbar(showProgressbar);
        });
      }, [])
    );

    return <Component {...props} />;
  };

export const SafeAreaViewWithOptionalHeader = ({ children, style, ...props }: { style?: ViewStyle; children: ReactNode; className?: string }) => {
  const insets = useSafeAreaInsets();
  const { isVisible } = useOnboardingProgressHeader();
  const { width, height } = useWindowDimensions();
  const isLandscape = width > height;

  const ContentWrapper = isLandscape ? ScrollView : View;

  return (
    <ContentWrapper
      style={[
        {
          flex: 1,
          paddingTop: insets.top + (isVisible ? PROGRESS_HEADER_HEIGHT : 0),
          paddingBottom: insets.bottom,
        },
        style,
      ]}
      {...props}
    >
      {children}
    </ContentWrapper>
  );
};

const ProgressHeader = ({ insets, slidesCount, navigation }) => {
  const { slideIndex, showProgressbar, nextCallback, skipCallback, hideOnScrollProgressValue } = useOnboardingProgressHeader();
  const [hideHeader, setHideHeader] = useState(false);
  const animatedProgressValue = useRef(new RNAnimated.Value(0)).current;
  const animatedProgressWidth = animatedProgressValue.interpolate({
    inputRange: [0, 1],
    outputRange: ["0%", "100%"],
  });
  const animatedStatusBarColor = useAnimatedStyle(() => {
    return {
      backgroundColor: TW_COLORS.PRIMARY,
    };
  });

  const animatedTextColor = useAnimatedStyle(() => {
    return {
      backgroundColor: "transparent",
      color: TW_COLORS.WHITE,
    };
  });

  useEffect(() => {
    if (slideIndex >= 0) {
      RNAnimated.timing(animatedProgressValue, {
        toValue: Math.max(0, Math.min(1, slideIndex / slidesCount)),
        duration: 300,
        easing: Easing.out(Easing.quad),
        useNativeDriver: false,
      }).start();
    }
  }, [slideIndex]);

  const animatedVisibleValue = useRef(new RNAnimated.Value(0)).current;
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (slideIndex >= 0 && !visible) {
      setVisible(true);
      RNAnimated.timing(animatedVisibleValue, {
        toValue: 1,
        delay: 200,
        duration: 300,
        easing: Easing.out(Easing.quad),
        useNativeDriver: true,
      }).start();
    } else if ((slideIndex === slidesCount || slideIndex === -1) && visible) {
      setVisible(false);
      RNAnimated.timing(animatedVisibleValue, {
        toValue: 0,
        delay: 0,
        duration: 0,
        easing: Easing.in(Easing.quad),
        useNativeDriver: true,
      }).start(() => setVisible(false));
    }
  }, [slideIndex]);

  // Animated style for progress bar opacity using SharedValue
  const progressBarAnimatedStyle = useAnimatedStyle(() => {
    return {
      opacity: hideOnScrollProgressValue.value,
    };
  });

  return ({ navigation }) => {
    if (!visible) return null;
    const content = (
      <View style={styles.container}>
        <View style={{ opacity: 0 }}>
          <BackButton onPress={navigation.goBack} />
        </View>
        {showProgressbar && (
          <Animated.View className="flex-row items-center px-6" style={progressBarAnimatedStyle}>
            <View
              className="h-2 rounded-full overflow-hidden flex-1"
              style={{ backgroundColor: TW_COLORS.GRAY_LIGHT, borderColor: TW_COLORS.GRAY_LIGHT, borderWidth: 1 }}
            >
              <RNAnimated.View
                className="h-full rounded-full transition-all duration-300"
                style={{
                  backgroundColor: TW_COLORS.CNAM_CYAN_DARKEN_20,
                  // borderColor: TW_COLORS.GRAY_LIGHT,
                  width: animatedProgressWidth,
                }}
              />
            </View>
            <Text className="text-sm font-medium ml-2" style={{ color: TW_COLORS.WHITE }}>
              {slideIndex}/{slidesCount}
            </Text>
          </Animated.View>
        )}

        <View style={{ opacity: 0 }} pointerEvents="none">
          <BackButton onPress={() => {}} />
        </View>
      </View>
    );

    return (
      <View
        style={[
          styles.frame,
          {
            height: PROGRESS_BAR ? 0 : insets.top + PROGRESS_HEADER_HEIGHT,
            width: "100%",
          },
        ]}
        collapsable={false}
      >
        <RNAnimated.View
          style={[
            PROGRESS_BAR && !PROGRESS_BAR_AND_HEADER ? { top: insets.top + PROGRESS_HEADER_HEIGHT - 20 } : { paddingTop: insets.top },
            { opacity: animatedVisibleValue },
          ]}
        >
          {HEADER_WITH_BANNER && !hideHeader && (
            <BannerAnimatedHeader
              animatedStatusBarColor={animatedStatusBarColor}
              animatedTextColor={animatedTextColor}
              header={content}
              title={title || ""}
              handlePrevious={() => {
                if (slideIndex === 0) {
                  setHideHeader(true);
                }
                setTimeout(() => {
                  navigation.goBack();
                  setHideHeader(false);
                }, 0);
              }}
              handleSkip={() => {}}
            ></BannerAnimatedHeader>
          )}
          {!HEADER_WITH_BANNER && !hideHeader && (SHARED_HEADER || PROGRESS_BAR_AND_HEADER) && (
            <CheckInHeader
              withMargin={false}
              onSkip={() => {
                if (skipCallback && skipCallback.current) {
                  skipCallback.current();
                } else if (nextCallback && nextCallback.current) {
                  nextCallback.current();
                }
              }}
              onPrevious={() => {
                navigation.goBack();
              }}
              showPrevious={true}
              animatedTextColor={animatedTextColor}
              showSkip={true}
              title={""}
            />
          )}

          {!HEADER_WITH_BANNER && !hideHeader && content}
        </RNAnimated.View>
      </View>
    );
  };
};

const styles = StyleSheet.create({
  frame: {
    //backgroundColor: "white",
    width: "100%",
  },
  container: {
    padding: 0,
    display: "flex",
    height: 40,
    // height: PROGRESS_HEADER_HEIGHT,
    // marginHorizontal: PROGRESS_HEADER_PADDING_HORIZONTAL,
    flexDirection: "row",
    alignItems: "center",
    justifyContent: "center",
  },
  progressBarContainer: {
    flex: 1,
    height: 4,
    top: -25,
    backgroundColor: "#E5E5E5",
    borderRadius: 8,
  },
  progressBar: {
    height: "100%",
    minWidth: 16,
    borderRadius: 8,
    backgroundColor: colors.LIGHT_BLUE_TRANS,
  },
});
