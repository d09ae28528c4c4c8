/**
 * Icons drawn for buttons, in the text's colour (a "+" or "⋯" character reads as a faint glyph in
 * some fonts). Decorative: the button carries the accessible name.
 */
interface IconProps {
  size?: number;
}

export function PlusIcon({ size = 16 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 2v12M2 8h12" stroke="currentColor" strokeWidth={2} strokeLinecap="round" />
    </svg>
  );
}

/** Three dots: "more actions" on a card. */
export function MoreIcon({ size = 16 }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
    >
      <circle cx={3} cy={8} r={1.6} />
      <circle cx={8} cy={8} r={1.6} />
      <circle cx={13} cy={8} r={1.6} />
    </svg>
  );
}
