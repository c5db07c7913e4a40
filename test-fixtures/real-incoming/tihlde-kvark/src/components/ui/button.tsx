import { mergeProps } from '@base-ui/react/merge-props';
import { useRender } from '@base-ui/react/use-render';
import { Link, LinkOptions } from '@tanstack/react-router';
import { cn, useRenderParam } from '~/lib/utils';
import { cva, type VariantProps } from 'class-variance-authority';
import { ArrowLeft, Loader2 } from 'lucide-react';

const buttonVariants = cva(
  'inline-flex items-center justify-center whitespace-nowrap rounded-md text-sm font-medium ring-offset-background transition-colors focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 disabled:pointer-events-none disabled:opacity-50',
  {
    variants: {
      variant: {
        default: 'bg-primary text-primary-foreground hover:bg-primary/90',
        destructive: 'bg-destructive text-destructive-foreground hover:bg-destructive/90',
        outline: 'border border-input bg-card dark:bg-background hover:bg-accent hover:text-accent-foreground',
        secondary: 'bg-secondary text-secondary-foreground hover:bg-secondary/80',
        ghost: 'hover:bg-accent hover:text-accent-foreground',
        link: 'text-primary underline-offset-4 hover:underline',
      },
      size: {
        default: 'h-10 px-4 py-2',
        sm: 'h-9 rounded-md px-3',
        lg: 'h-10 md:h-11 rounded-md px-5 md:px-8',
        icon: 'h-10 w-10',
      },
    },
    defaultVariants: {
      variant: 'default',
      size: 'default',
    },
  },
);

export interface ButtonProps extends useRender.ComponentProps<'button'>, VariantProps<typeof buttonVariants> {
  asChild?: boolean;
}

function Button({ className, variant, size, asChild = false, render, children, ...props }: ButtonProps) {
  const [childRender, child] = useRenderParam(render, asChild, children);
  return useRender({
    defaultTagName: 'button',
    render: childRender,
    props: mergeProps<'button'>(
      {
        className: cn(buttonVariants({ variant, size, className })),
        ...(child != null ? { children: child } : {}),
      },
      props,
    ),
  });
}

type PaginateButtonProps = {
  nextPage: () => void;
  isLoading?: boolean;
  label?: string;
  className?: string;
};

const PaginateButton = ({ nextPage, isLoading, label = 'Last inn mer', className }: PaginateButtonProps) => {
  return (
    <Button onClick={nextPage} disabled={isLoading} variant='secondary' className={className}>
      {isLoading && <Loader2 className='mr-2 h-4 w-4 animate-spin' />}
      {label}
    </Button>
  );
};

const GoBackButton = (linkOptions: LinkOptions) => {
  return (
    <Button asChild className='text-black dark:text-white' variant='ghost' size='icon'>
      <Link {...linkOptions}>
        <ArrowLeft className='w-6 h-6' />
      </Link>
    </Button>
  );
};

export { Button, buttonVariants, PaginateButton, GoBackButton };
