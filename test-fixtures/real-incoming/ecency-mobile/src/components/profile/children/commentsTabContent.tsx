import React, { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { ActivityIndicator, RefreshControl, View } from 'react-native';
import { unionBy } from 'lodash';
import EStyleSheet from 'react-native-extended-stylesheet';
import { getAccountPostsQueryOptions } from '@ecency/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { Comments, NoPost } from '../..';
import { useAppSelector } from '../../../hooks';
import { selectHidePostsThumbnails } from '../../../redux/selectors';
import styles from '../profileStyles';

interface CommentsTabContentProps {
  username: string;
  type: 'comments' | 'replies';
  isOwnProfile: boolean;
  selectedUser: any;
  onScroll?: () => void;
}

const CommentsTabContent = ({
  isOwnProfile,
  username,
  type,
  onScroll,
  selectedUser,
}: CommentsTabContentProps) => {
  const intl = useIntl();
  const queryClient = useQueryClient();

  const isHideImage = useAppSelector(selectHidePostsThumbnails);

  const [data, setData] = useState([]);
  const [lastAuthor, setLastAuthor] = useState('');
  const [lastPermlink, setLastPermlink] = useState('');
  const [loading, setLoading] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [noMore, setNoMore] = useState(false);

  useEffect(() => {
    console.log('selected user update', selectedUser);
    if (selectedUser) {
      _fetchData({ refresh: true });
    }
  }, [selectedUser]);

  const _fetchData = async ({ refresh }: { refresh?: boolean } = {}) => {
    if (loading || (!refresh && noMore)) {
      return;
    }

    if (refresh) {
      setRefreshing(true);
    } else {
      setLoading(true);
    }

    const result = await queryClient.fetchQuery(
      getAccountPostsQueryOptions(
        username,
        type,
        refresh ? '' : lastAuthor,
        refresh ? '' : lastPermlink,
        10,
        '',
      ),
    );
    const _comments: any[] = refresh ? result : unionBy(data, result, 'permlink');

    if (Array.isArray(_comments)) {
      setData(_comments);
      if (_comments.length > 0) {
        setLastAuthor(_comments.at(-1).author);
        setLastPermlink(_comments.at(-1).permlink);
      }
      if (result.length == 0) {
        setNoMore(true);
      }
    } else {
      setData([]);
      setNoMore(true);
    }

    setLoading(false);
    setRefreshing(false);
  };

  const _renderListEmpty = () => {
    if (loading) {
      return null;
    }
    return (
      <NoPost
        name={username}
        text={intl.formatMessage({
          id: 'profile.havent_commented',
        })}
        defaultText={intl.formatMessage({
          id: 'profile.login_to_see',
        })}
      />
    );
  };

  const _renderListFooter = () => {
    return (
      <View style={styles.commentsListFooter}>
        {loading && <ActivityIndicator color={EStyleSheet.value('$primaryBlue')} size="large" />}
      </View>
    );
  };

  return (
    <View key="profile.comments" style={styles.commentsTabBar}>
      <Comments
        comments={data}
        fetchPost={() => {
          console.log('implement fetch if required');
        }}
        isOwnProfile={isOwnProfile}
        isHideImage={isHideImage}
        flatListProps={{
          onEndReached: _fetchData,
          onScrollEndDrag: onScroll,
          ListEmptyComponent: _renderListEmpty,
          ListFooterComponent: _renderListFooter,
          onEndReachedThreshold: 1,
          refreshControl: (
            <RefreshControl
              refreshing={refreshing}
              onRefresh={() => _fetchData({ refresh: true })}
            />
          ),
        }}
      />
    </View>
  );
};

export default CommentsTabContent;
