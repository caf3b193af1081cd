/**
 * The presenter's keyboard, as a pure table: (key, context) → action. Clickers send
 * PageDown/PageUp (some send B or "." for black); digits build a step number that Enter
 * confirms. Keys with Ctrl/Alt/Meta are never taken (Ctrl+P prints, Alt+← goes back), nor
 * keys typed into a text field.
 */
export type PresenterAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'black' }
  | { type: 'exit' }
  | { type: 'enter' }
  | { type: 'digit'; digit: number }
  | { type: 'backspace' }
  | { type: 'jump'; step: number }
  | { type: 'clear' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** The key went to an <input>, <textarea>, <select> or contenteditable. */
  inEditable?: boolean;
}

export interface KeyContext {
  active: boolean;
  /** Digits typed so far, e.g. "12". */
  buffer: string;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export function keyAction(k: KeyInput, ctx: KeyContext): PresenterAction | null {
  if (k.ctrlKey || k.altKey || k.metaKey || k.inEditable) return null;
  if (!ctx.active) return k.key === 'p' || k.key === 'P' ? { type: 'enter' } : null;
  if (/^[0-9]$/.test(k.key)) return { type: 'digit', digit: Number(k.key) };
  if (ctx.buffer) {
    if (k.key === 'Enter') return Number(ctx.buffer) > 0 ? { type: 'jump', step: Number(ctx.buffer) - 1 } : { type: 'clear' };
    if (k.key === 'Backspace') return { type: 'backspace' };
    if (k.key === 'Escape') return { type: 'clear' };
  }
  if (k.key === ' ' || k.key === 'Spacebar') return k.shiftKey ? { type: 'prev' } : { type: 'next' };
  if (NEXT.has(k.key)) return { type: 'next' };
  if (PREV.has(k.key)) return { type: 'prev' };
  switch (k.key) {
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'black' };
    case 'Escape':
      return { type: 'exit' };
    default:
      return null;
  }
}

/** Whether the event's target takes typing, so presenter keys leave it alone. */
export function isEditableTarget(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return true;
  if (tag !== 'INPUT') return false;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes((el.type ?? 'text').toLowerCase());
}
