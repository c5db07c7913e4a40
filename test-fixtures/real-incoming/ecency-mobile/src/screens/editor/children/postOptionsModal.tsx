import React, { forwardRef, useEffect, useImperativeHandle, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Text, TouchableOpacity, View } from 'react-native';
import Animated, { FlipInEasyX } from 'react-native-reanimated';
import { KeyboardAwareScrollView } from 'react-native-keyboard-aware-scroll-view';
import { useDispatch } from 'react-redux';
import {
  BeneficiarySelectionContent,
  CheckBox,
  DateTimePicker,
  MainButton,
  Modal,
  SettingsItem,
} from '../../../components';
import styles from './postOptionsModalStyles';
import ThumbSelectionContent from './thumbSelectionContent';
import PostDescription from './postDescription';
import { hasThreeSpeakEmbed } from '../../../providers/speak/beneficiary';
import {
  THREESPEAK_BENEFICIARY_ACCOUNT,
  THREESPEAK_BENEFICIARY_WEIGHT,
} from '../../../providers/speak/constants';
import { Beneficiary } from '../../../redux/reducers/editorReducer';
import { setDefaultRewardType } from '../../../redux/actions/editorActions';
import { useAppSelector } from '../../../hooks';

const REWARD_TYPES = [
  {
    key: 'default',
    intlId: 'editor.reward_default',
  },
  {
    key: 'sp',
    intlId: 'editor.reward_power_up',
  },
  {
    key: 'dp',
    intlId: 'editor.reward_decline',
  },
];

export interface PostOptionsModalRef {
  showModal: () => void;
}

interface PostOptionsModalProps {
  body: string;
  draftId: string;
  thumbUrl: string;
  isEdit: boolean;
  isCommunityPost: boolean;
  rewardType: string;
  postDescription: string;
  isUploading: boolean;
  handleRewardChange: (rewardType: string) => void;
  handlePostDescriptionChange: (value: string) => void;
  handleThumbSelection: (url: string) => void;
  handleScheduleChange: (datetime: string | null) => void;
  handleShouldReblogChange: (shouldReblog: boolean) => void;
  handleFormUpdate: () => void;
}

const PostOptionsModal = forwardRef(
  (
    {
      body,
      draftId,
      thumbUrl,
      isEdit,
      isCommunityPost,
      rewardType,
      postDescription,
      isUploading,
      handleRewardChange,
      handleThumbSelection,
      handleScheduleChange,
      handleShouldReblogChange,
      handleFormUpdate,
      handlePostDescriptionChange,
    }: PostOptionsModalProps,
    ref,
  ) => {
    const intl = useIntl();
    const dispatch = useDispatch();
    const defaultRewardType = useAppSelector((state) => state.editor.defaultRewardType);

    const [showModal, setShowModal] = useState(false);
    const [rewardTypeIndex, setRewardTypeIndex] = useState(0);
    const [scheduleLater, setScheduleLater] = useState(false);
    const [shouldReblog, setShouldReblog] = useState(false);
    const [scheduledFor, setScheduledFor] = useState('');
    const [disableDone, setDisableDone] = useState(false);
    const [isSaveDefaultChecked, setIsSaveDefaultChecked] = useState(false);

    // If the post body contains a 3Speak embed URL, show the beneficiary
    const embedBeneficiaries: Beneficiary[] = useMemo(() => {
      if (body && showModal && hasThreeSpeakEmbed(body)) {
        return [{ account: THREESPEAK_BENEFICIARY_ACCOUNT, weight: THREESPEAK_BENEFICIARY_WEIGHT }];
      }
      return [];
    }, [showModal, body]);

    // removed the useeffect causing index reset bug
    useEffect(() => {
      if (!scheduleLater) {
        handleScheduleChange(null);
      } else if (scheduledFor) {
        handleScheduleChange(scheduledFor);
      }
    }, [scheduleLater, scheduledFor]);

    useEffect(() => {
      handleShouldReblogChange(shouldReblog);
    }, [shouldReblog]);

    useEffect(() => {
      if (!isCommunityPost && shouldReblog) {
        setShouldReblog(false);
      }
    }, [isCommunityPost]);

    // load rewardtype from props if it is already saved in drafts
    useEffect(() => {
      if (rewardType) {
        const rewardTypeKey = REWARD_TYPES.findIndex((item) => item.key === rewardType);
        setRewardTypeIndex(rewardTypeKey);
      }
    }, [rewardType]);

    // update checkbox status according to values of defaultRewardType from redux and rewardType from parent
    useEffect(() => {
      setIsSaveDefaultChecked(!!defaultRewardType && defaultRewardType === rewardType);
    }, [rewardType, defaultRewardType]);

    useImperativeHandle(ref, () => ({
      show: () => {
        setShowModal(true);
      },
    }));

    const _handleRewardChange = (index: number) => {
      setRewardTypeIndex(index);
      const rewardTypeKey = REWARD_TYPES[index].key;
      if (handleRewardChange) {
        handleRewardChange(rewardTypeKey);
      }
    };

    const _handleDatePickerChange = (date: string) => {
      setScheduledFor(date);
    };

    const _onDonePress = () => {
      setShowModal(false);
      handleFormUpdate();
    };

    // handle index change here instead of useeffetc
    const _handleThumbIndexSelection = (url: string) => {
      handleThumbSelection(url);
    };

    // handle save default reward checkbox here
    const _onCheckPress = () => {
      setIsSaveDefaultChecked(!isSaveDefaultChecked);
      if (isSaveDefaultChecked) {
        dispatch(setDefaultRewardType(null));
      } else {
        const index = REWARD_TYPES.findIndex((item) => item.key === rewardType);
        const rewardTypeKey = REWARD_TYPES[index].key;
        dispatch(setDefaultRewardType(rewardTypeKey as any));
      }
    };

    const _renderRewardSaveDefault = () => (
      <View style={styles.saveDefaultCheckContainer}>
        <TouchableOpacity style={styles.saveDefaultCheckBtn} onPress={_onCheckPress}>
          <CheckBox
            clicked={_onCheckPress}
            isChecked={isSaveDefaultChecked}
            style={styles.checkStyle}
          />
          <Text style={styles.saveDefaultText}>
            {intl.formatMessage({
              id: 'editor.set_default',
            })}
          </Text>
        </TouchableOpacity>
      </View>
    );

    const _renderContent = () => (
      <View style={styles.fillSpace}>
        <KeyboardAwareScrollView style={styles.fillSpace}>
          <View style={styles.container}>
            {!isEdit && (
              <>
                <SettingsItem
                  title={intl.formatMessage({ id: 'editor.scheduled_for' })}
                  type="dropdown"
                  actionType="reward"
                  options={[
                    intl.formatMessage({ id: 'editor.scheduled_immediate' }),
                    intl.formatMessage({ id: 'editor.scheduled_later' }),
                  ]}
                  selectedOptionIndex={scheduleLater ? 1 : 0}
                  handleOnChange={(index) => {
                    setScheduleLater(index === 1);
                    if (index !== 1) {
                      handleScheduleChange(null);
                    }
                  }}
                />

                {scheduleLater && (
                  <Animated.View entering={FlipInEasyX.duration(700)}>
                    <DateTimePicker
                      type="datetime"
                      onChanged={_handleDatePickerChange}
                      disabled={true}
                    />
                  </Animated.View>
                )}

                <SettingsItem
                  title={intl.formatMessage({
                    id: 'editor.setting_reward',
                  })}
                  type="dropdown"
                  actionType="reward"
                  options={REWARD_TYPES.map((type) => intl.formatMessage({ id: type.intlId }))}
                  selectedOptionIndex={rewardTypeIndex}
                  handleOnChange={_handleRewardChange}
                />
                {_renderRewardSaveDefault()}
                {isCommunityPost && (
                  <SettingsItem
                    title={intl.formatMessage({
                      id: 'editor.setting_reblog',
                    })}
                    type="toggle"
                    actionType="reblog"
                    isOn={shouldReblog}
                    handleOnChange={setShouldReblog}
                  />
                )}
              </>
            )}

            <ThumbSelectionContent
              body={body}
              thumbUrl={thumbUrl}
              videoThumbUrls={[]}
              isUploading={isUploading}
              onThumbSelection={_handleThumbIndexSelection}
            />
            <PostDescription
              postDescription={postDescription}
              handlePostDescriptionChange={handlePostDescriptionChange}
            />

            {!isEdit && (
              <BeneficiarySelectionContent
                draftId={draftId}
                setDisableDone={setDisableDone}
                encodingBeneficiaries={embedBeneficiaries}
              />
            )}
          </View>
        </KeyboardAwareScrollView>

        <MainButton
          style={{ ...styles.saveButton }}
          isDisable={disableDone}
          onPress={_onDonePress}
          text={intl.formatMessage({ id: 'editor.done' })}
        />
      </View>
    );

    return (
      <Modal
        isOpen={showModal}
        handleOnModalClose={() => {
          setShowModal(false);
          handleFormUpdate();
        }}
        isFullScreen
        isCloseButton
        presentationStyle="formSheet"
        title={intl.formatMessage({ id: 'editor.settings_title' })}
        animationType="slide"
        style={styles.modalStyle}
      >
        {_renderContent()}
      </Modal>
    );
  },
);

export default PostOptionsModal;
