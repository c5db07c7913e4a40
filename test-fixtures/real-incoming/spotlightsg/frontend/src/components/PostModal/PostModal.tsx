import React from 'react'
import {
  Modal,
  ModalBody,
  ModalCloseButton,
  ModalContent,
  ModalFooter,
  ModalHeader,
  ModalOverlay,
} from '@chakra-ui/react'
import { Button } from '@opengovsg/design-system-react'

import Post from '~components/Post'

type PostModalProps = {
  id: string | undefined
  isOpen: boolean
  onClose: () => void
}

const PostModal: React.FC<PostModalProps> = ({ id, isOpen, onClose }) => {
  return (
    <Modal isOpen={isOpen} onClose={onClose} size="5xl">
      <ModalOverlay />
      <ModalContent>
        <ModalHeader></ModalHeader>
        <ModalCloseButton />
        <ModalBody>
          <Post id={id ? parseInt(id) : undefined} />
        </ModalBody>

        <ModalFooter justifyContent="flex-end">
          <Button colorScheme="primary" mr={3} onClick={onClose}>
            Close
          </Button>
        </ModalFooter>
      </ModalContent>
    </Modal>
  )
}

export default PostModal
