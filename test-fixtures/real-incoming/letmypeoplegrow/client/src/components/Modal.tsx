import React from 'react';
import { createPortal } from 'react-dom';

interface ModalProps {
  isOpen: boolean;
  onClose: () => void;
  children: React.ReactNode;
  className?: string;
  overlayClassName?: string;
}

const Modal: React.FC<ModalProps> = ({ 
  isOpen, 
  onClose, 
  children, 
  className = '',
  overlayClassName = ''
}) => {
  if (!isOpen) return null;

  const modalRoot = document.getElementById('modal-root') || document.body;

  return createPortal(
    <div 
      className={`fixed inset-0 bg-gray-600/50 overflow-y-auto h-full w-full z-[9999] ${overlayClassName}`}
      onClick={(e) => {
        if (e.target === e.currentTarget) {
          onClose();
        }
      }}
    >
      <div className={`flex items-center justify-center min-h-screen p-4 ${className}`}>
        {children}
      </div>
    </div>,
    modalRoot
  );
};

export default Modal;
