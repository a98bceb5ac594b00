/**
 * The style every chart spec draws with: the page's typeface at the chart's size, no background
 * of its own (the card's or the slide's shows through), and labels free to reach past the frame.
 */
export function chartStyle(fontSize: number): {
  fontSize: string;
  fontFamily: string;
  background: string;
  overflow: string;
} {
  return { fontSize: `${fontSize}px`, fontFamily: 'inherit', background: 'transparent', overflow: 'visible' };
}
