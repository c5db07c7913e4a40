import { Box } from '@/components/ui/box';
import { Text } from '@/components/ui/text';
import { HStack } from '@/components/ui/hstack';
import { VStack } from '@/components/ui/vstack';
import React from 'react';
import { ActivityIndicator, StyleSheet, View } from 'react-native';
import { greenColor, greyColor, redColor } from '../../../styles/common';

interface StepProps {
  start?: boolean;
  active?: boolean;
  loading?: boolean;
  error?: boolean;
  hide?: boolean;
  activeLabel?: string;
  loadingLabel?: string;
  errorLabel?: string;
}

const Step = ({
  start = false,
  active = false,
  loading = false,
  error = false,
  hide = false,
  activeLabel = '',
  loadingLabel = '',
  errorLabel = ''
}: StepProps) => {

  const label = error ? errorLabel : active ? activeLabel : loadingLabel;
  if (hide) {
    return <View />;
  }

  return (
    <HStack>
      <VStack>
        {!start && (
          <Box
            style={{
              ...styles.line,
              ...(active ? styles.active : {}),
              ...(loading ? styles.loading : {}),
            }}
          />
        )}
        <Box
          style={{
            ...styles.dot,
            ...(active ? styles.active : {}),
            ...(error ? styles.error : {}),
          }}
        />
      </VStack>
      <View style={{ ...styles.labelContainer }}>
        <Text style={{ ...styles.label }}>{label}</Text>
        {loading && (
          <ActivityIndicator size={'small'} style={{ height: 16 }} />
        )}
      </View>
    </HStack>
  );
}

const styles = StyleSheet.create({
  dot: {
    width: 16,
    height: 16,
    backgroundColor: greyColor,
    borderRadius: 20,
  },
  line: {
    width: 1,
    marginLeft: 7,
    height: 35,
    borderColor: greyColor,
    borderWidth: 1,
  },
  active: {
    borderColor: greenColor,
    backgroundColor: greenColor,
  },
  error: {
    borderColor: redColor,
    backgroundColor: redColor,
  },
  loading: {
    borderColor: greenColor + '66',
    backgroundColor: greenColor + '66',
  },
  label: {
    paddingStart: 14,
    paddingEnd: 5,
    lineHeight: 16,
  },
  labelContainer: {
    flex: 1,
    alignItems: 'flex-end',
    flexDirection: 'row',
  },
});

export default Step;
