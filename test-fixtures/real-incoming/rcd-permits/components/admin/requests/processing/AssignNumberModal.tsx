import {
  useDisclosure,
  Modal,
  ModalOverlay,
  ModalContent,
  ModalHeader,
  ModalFooter,
  ModalBody,
  FormControl,
  FormLabel,
  FormErrorMessage,
  NumberInput,
  NumberInputField,
  Button,
  Text,
  Box,
} from '@chakra-ui/react'; // Chakra UI
import { useState, ReactNode } from 'react'; // React
import { formatNumberInput } from '@lib/utils/format';

const MAX_APP_NUMBER = 2147483647;
const MIN_APP_NUMBER = 0;
type AssignNumberModalProps = {
  readonly onAssign: (num: number) => void;
  readonly modalTitle: string;
  readonly fieldName: string;
  readonly children: ReactNode;
};

/**
 * Chakra Modal with a single NumberInput that propagates up the value
 * @param onAssign A function to call with the modal's field value when the user clicks the "Save" button
 * @param modalTitle Text to display in the modal's header
 * @param fieldName Text to display above the number input field
 * @param children A React element to render with an onClick prop to open the modal
 * @returns Rendered modal component that is used to assign numbers to a field
 */
export default function AssignNumberModal({
  onAssign,
  modalTitle,
  fieldName,
  children,
}: AssignNumberModalProps) {
  const { isOpen, onOpen, onClose } = useDisclosure();
  const [formValue, setFormValue] = useState('');
  const [formError, setFormError] = useState('');

  const validateSave = () => {
    const value = Number(formValue);
    if (!Number.isInteger(value)) {
      setFormError('Please enter a whole number');
      return;
    }
    if (value < MIN_APP_NUMBER) {
      setFormError(`APP number must be ${MIN_APP_NUMBER} or greater`);
      return;
    }
    if (value > MAX_APP_NUMBER) {
      const errorMsg = `APP number must be ${MAX_APP_NUMBER} or less`;
      setFormError(errorMsg);
      return;
    }

    setFormError('');
    onAssign(value);
    onClose();
  };

  return (
    <>
      <Box onClick={onOpen}>{children}</Box>

      <Modal isOpen={isOpen} onClose={onClose} isCentered>
        <ModalOverlay />
        <ModalContent>
          <ModalHeader>{modalTitle}</ModalHeader>
          <ModalBody>
            <FormControl isRequired isInvalid={!!formError}>
              <FormLabel>{fieldName}</FormLabel>
              <NumberInput
                type="number"
                value={formValue}
                min={MIN_APP_NUMBER}
                max={MAX_APP_NUMBER}
                clampValueOnBlur={false}
                keepWithinRange={false}
                onChange={valueString => setFormValue(formatNumberInput(valueString))}
              >
                <NumberInputField />
              </NumberInput>
              <FormErrorMessage>{formError}</FormErrorMessage>
            </FormControl>
          </ModalBody>

          <ModalFooter>
            <Button
              bg="background.gray"
              _hover={{ bg: 'background.grayHover' }}
              color="black"
              marginRight={3}
              onClick={onClose}
            >
              <Text textStyle="button-semibold">Cancel</Text>
            </Button>
            <Button onClick={validateSave}>
              <Text textStyle="button-semibold">Save</Text>
            </Button>
          </ModalFooter>
        </ModalContent>
      </Modal>
    </>
  );
}
