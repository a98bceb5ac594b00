/** Sets an attribute only when its value changes: an unchanged mark costs the browser no restyle. */
export function setChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
