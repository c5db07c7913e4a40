interface LinkButtonProps {
  onClick?: () => void
  label?: string
}

export default LinkButtonProps
