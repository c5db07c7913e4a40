import type { Action } from 'svelte/action';
import type { Instance } from 'tippy.js';
import type { Props as TippyProps } from 'tippy.js';
import tippy from 'tippy.js';

type Props = TippyProps & {
    disabled?: boolean;
};

export const tooltip: Action<HTMLElement, Partial<Props>> = (node, config) => {
    const tippyInstance = tippy(node, config);
    const instance: Instance = Array.isArray(tippyInstance) ? tippyInstance[0] : tippyInstance;
    if (config.disabled) instance.disable();

    return {
        update({ content, disabled }) {
            if (content !== instance.props.content) {
                instance.setProps({
                    content
                });
            }

            disabled ? instance.disable() : instance.enable();
        },
        destroy() {
            instance.destroy();
        }
    };
};
