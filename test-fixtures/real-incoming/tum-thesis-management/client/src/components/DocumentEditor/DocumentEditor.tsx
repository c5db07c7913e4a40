import { RichTextEditor, Link } from '@mantine/tiptap'
import { useEditor } from '@tiptap/react'
import Highlight from '@tiptap/extension-highlight'
import StarterKit from '@tiptap/starter-kit'
import Underline from '@tiptap/extension-underline'
import TextAlign from '@tiptap/extension-text-align'
import Superscript from '@tiptap/extension-superscript'
import SubScript from '@tiptap/extension-subscript'
import type { ChangeEvent, ComponentProps } from 'react'
import { useEffect, useRef } from 'react'
import { Input, Text, useComputedColorScheme } from '@mantine/core'
import { ensureAbsoluteLinkHref } from '../../utils/format'

// SmartLink wraps Tiptap's Link extension so every code path that creates a
// link normalizes the href:
//
//  - autolink (typing "example.com " inline) and paste handling are covered by
//    `defaultProtocol: 'https'` (linkifyjs uses it to format the detected URL).
//  - the toolbar's "Set link" popover, however, calls
//    `editor.chain().setLink({ href })` with the user-typed value verbatim
//    (see Mantine's RichTextEditorLinkControl). Without this override that
//    schemeless href would be stored as `<a href="example.com">`, which the
//    browser then resolves as a relative path under the current page — the
//    bug reported in #802.
const SmartLink = Link.extend({
  addCommands() {
    const parent = this.parent?.()
    if (!parent?.setLink) return parent ?? {}
    const parentSetLink = parent.setLink
    return {
      ...parent,
      setLink: (attributes) => (commandProps) =>
        parentSetLink({ ...attributes, href: ensureAbsoluteLinkHref(attributes.href) })(
          commandProps,
        ),
    }
  },
})

type InputWrapperProps = ComponentProps<typeof Input.Wrapper>

interface IDocumentEditorProps extends InputWrapperProps {
  value?: string
  onChange?: (e: ChangeEvent<HTMLInputElement>) => unknown
  editMode?: boolean
  maxLength?: number
  noBorder?: boolean
  minHeight?: string | number
}

const DocumentEditor = (props: IDocumentEditorProps) => {
  const {
    value,
    maxLength,
    onChange = () => {},
    editMode = false,
    noBorder = false,
    onBlur,
    onFocus,
    minHeight,
    ...wrapperProps
  } = props

  const onChangeRef = useRef(onChange)
  const inputRef = useRef<HTMLInputElement>(null)

  const editor = useEditor({
    shouldRerenderOnTransaction: true,
    editable: editMode,
    extensions: [
      StarterKit.configure({ underline: false, link: false }),
      Underline,
      // defaultProtocol: 'https' covers autolink + paste; the SmartLink
      // override above covers the toolbar popover. Together they ensure no
      // schemeless href reaches the rendered <a>.
      SmartLink.configure({ defaultProtocol: 'https' }),
      Superscript,
      SubScript,
      Highlight,
      TextAlign.configure({ types: ['heading', 'paragraph'] }),
    ],
    content: value,
    onUpdate: ({ editor: x }) => {
      const newValue = x.getText() === '' ? '' : x.getHTML()

      if (inputRef.current) {
        if (inputRef.current.value === newValue) {
          return
        }

        inputRef.current.value = newValue

        onChangeRef.current?.({
          target: inputRef.current,
          currentTarget: inputRef.current,
          preventDefault: () => {},
          stopPropagation: () => {},
          isDefaultPrevented: () => false,
          isPropagationStopped: () => false,
          nativeEvent: {} as Event,
          bubbles: false,
          cancelable: false,
          defaultPrevented: false,
          eventPhase: 0,
          isTrusted: true,
          timeStamp: Date.now(),
          type: 'change',
          persist: () => {},
        })
      }
    },
  })

  useEffect(() => {
    if (editor && !editor.isDestroyed) {
      if (
        typeof value !== 'undefined' &&
        editor.getHTML() !== value &&
        editor.getText() !== value
      ) {
        editor.commands.setContent(value)
      }

      editor.setEditable(editMode)
    }
  }, [value, editMode, editor])

  const colorScheme = useComputedColorScheme('light')

  return (
    <Input.Wrapper
      {...wrapperProps}
      error={
        wrapperProps.error || (maxLength && editMode) ? (
          <span style={{ display: 'flex', gap: '8px', marginTop: 2 }}>
            {wrapperProps.error && (
              <Text component='span' ta='right' c='error' fz='xs'>
                {wrapperProps.error}
              </Text>
            )}
            {maxLength && editMode && (
              <Text component='span' ta='right' c='dimmed' fz='xs' ml='auto'>
                {editor?.getText().length || 0} / {maxLength}
              </Text>
            )}
          </span>
        ) : undefined
      }
    >
      <RichTextEditor
        editor={editor}
        onBlur={onBlur}
        onFocus={onFocus}
        styles={{
          root: {
            backgroundColor: colorScheme === 'dark' ? 'var(--mantine-color-dark-7)' : 'white',
            borderColor: wrapperProps.error ? 'var(--mantine-color-error)' : undefined,
            borderStyle: editMode ? 'solid' : 'dashed',
            borderWidth: noBorder ? 0 : 1,
          },
          content: {
            minHeight: minHeight ?? (editMode ? '170px' : undefined),
            flex: 1,
            cursor: editMode ? 'text' : 'default',
          },
        }}
        onClick={() => {
          if (!editor?.isFocused) {
            editor?.commands.focus()
          }
        }}
      >
        {editMode && (
          <RichTextEditor.Toolbar>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
              <RichTextEditor.Underline />
              <RichTextEditor.Strikethrough />
              <RichTextEditor.ClearFormatting />
              <RichTextEditor.Highlight />
              <RichTextEditor.Code />
            </RichTextEditor.ControlsGroup>

            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Blockquote />
              <RichTextEditor.Hr />
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
              <RichTextEditor.Subscript />
              <RichTextEditor.Superscript />
            </RichTextEditor.ControlsGroup>

            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>

            <RichTextEditor.ControlsGroup>
              <RichTextEditor.AlignLeft />
              <RichTextEditor.AlignCenter />
              <RichTextEditor.AlignJustify />
              <RichTextEditor.AlignRight />
            </RichTextEditor.ControlsGroup>

            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Undo />
              <RichTextEditor.Redo />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content />
      </RichTextEditor>
      <input
        type='text'
        value={value ?? ''}
        onChange={onChange}
        ref={inputRef}
        style={{ display: 'none' }}
      />
    </Input.Wrapper>
  )
}

export default DocumentEditor
