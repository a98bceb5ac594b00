/**
 * Wheel and drag on the background zoom and pan the network (d3-zoom); drags that start on a
 * person move the person instead. As an attachment for the drawing element.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';

export { zoomIdentity, type ZoomTransform };

export interface Zoomable {
  attach: Attachment<Element>;
  /** Back to the whole network. */
  reset(): void;
}

export function zoomable(onzoom: (t: ZoomTransform) => void): Zoomable {
  let element: Element | null = null;
  const behaviour = () =>
    zoom<Element, unknown>()
      .scaleExtent([0.3, 8])
      .filter((e: Event) => !(e.target as Element).closest?.('.node') && !(e as MouseEvent).button)
      .on('zoom', (e) => onzoom(e.transform));
  return {
    attach: (el) => {
      element = el;
      select(el).call(behaviour());
      return () => {
        select(el).on('.zoom', null);
        if (element === el) element = null;
      };
    },
    reset: () => {
      if (element) select(element).call(behaviour().transform, zoomIdentity);
    },
  };
}
