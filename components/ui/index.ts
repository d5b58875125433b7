export { Alert, type AlertProps, type AlertTone } from "./Alert";
export { Badge, type BadgeProps, type BadgeTone } from "./Badge";
export {
  Button,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
  buttonClasses,
} from "./Button";
export { Card, CardHeader, type CardHeaderProps, type CardProps } from "./Card";
export { cx } from "./cx";
export { EmptyState, type EmptyStateProps } from "./EmptyState";
export { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from "./icons";
export { Logo, type LogoProps, type LogoSize } from "./Logo";
export { linkClasses } from "./link";
export { Spinner, type SpinnerProps, type SpinnerSize } from "./Spinner";
export { Table, type TableProps, TBody, Td, THead, Th, Tr } from "./Table";
export { TextField, type TextFieldProps } from "./TextField";
