// A chart as a PNG, made in the browser: the chart's SVG is drawn onto a canvas with a title,
// a legend that names every colour, and a footnote (window, source, suppression), so the picture
// still makes sense when pasted into a briefing. Works offline: no fonts or tiles are fetched.

export interface LegendEntry {
  label: string;
  colour: string;
}

export interface ChartImageText {
  title: string;
  legend: readonly LegendEntry[];
  /** Lines under the chart: the window, the filters, whether small counts are suppressed. */
  footnotes: readonly string[];
}

const fontFamily = "Roboto, Helvetica, Arial, sans-serif";
const scale = 2;
const margin = 16;
const lineHeight = 20;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () =>
      reject(new Error("The chart could not be drawn as an image."));
    image.src = url;
  });
}

/** The SVG as a standalone document: explicit size and font, since page CSS does not come along. */
function standaloneSvg(svg: SVGSVGElement): {
  markup: string;
  width: number;
  height: number;
} {
  const box = svg.getBoundingClientRect();
  const width = Math.max(
    1,
    Math.round(box.width || Number(svg.getAttribute("width")) || 600),
  );
  const height = Math.max(
    1,
    Math.round(box.height || Number(svg.getAttribute("height")) || 300),
  );
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("font-family", fontFamily);
  clone.setAttribute("font-size", "12");
  return {
    markup: new XMLSerializer().serializeToString(clone),
    width,
    height,
  };
}

/** Legend rows that fit the width: swatch, then label. */
function legendLayout(
  context: CanvasRenderingContext2D,
  legend: readonly LegendEntry[],
  width: number,
): { entry: LegendEntry; x: number; row: number }[] {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = margin;
  let row = 0;
  for (const entry of legend) {
    const itemWidth = 18 + context.measureText(entry.label).width + 16;
    if (x + itemWidth > width - margin && x > margin) {
      row += 1;
      x = margin;
    }
    placed.push({ entry, x, row });
    x += itemWidth;
  }
  return placed;
}

/** Splits a line at spaces so it fits the width. */
function wrapText(
  context: CanvasRenderingContext2D,
  line: string,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && context.measureText(candidate).width > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  return current ? [...lines, current] : lines;
}

/** A picture drawn by `draw` into a box of the given size, at (x, y) on the canvas. */
export interface ImageBody {
  width: number;
  height: number;
  draw: (
    context: CanvasRenderingContext2D,
    x: number,
    y: number,
  ) => void | Promise<void>;
}

/** The title above, then the body, then the legend and the footnotes, on white, at 2× for print. */
export async function composePng(
  text: ChartImageText,
  body: ImageBody,
): Promise<Blob> {
  const width = body.width + 2 * margin;
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw images.");
  context.font = `13px ${fontFamily}`;
  const legend = legendLayout(context, text.legend, width);
  const legendRows =
    legend.length === 0 ? 0 : legend[legend.length - 1]!.row + 1;
  context.font = `12px ${fontFamily}`;
  const notes = text.footnotes.flatMap((line) =>
    wrapText(context, line, width - 2 * margin),
  );
  const titleHeight = 32;
  const height =
    titleHeight +
    body.height +
    margin +
    legendRows * lineHeight +
    notes.length * lineHeight +
    margin;
  canvas.width = width * scale;
  canvas.height = height * scale;
  context.scale(scale, scale);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  context.fillStyle = "#1a1a1a";
  context.textBaseline = "middle";
  context.font = `bold 16px ${fontFamily}`;
  context.fillText(text.title, margin, titleHeight / 2 + 4);

  context.save();
  await body.draw(context, margin, titleHeight);
  context.restore();

  let y = titleHeight + body.height + margin;
  context.textBaseline = "middle";
  context.font = `13px ${fontFamily}`;
  for (const { entry, x, row } of legend) {
    const rowY = y + row * lineHeight;
    context.fillStyle = entry.colour;
    context.fillRect(x, rowY + 4, 12, 12);
    context.strokeStyle = "#1a1a1a";
    context.lineWidth = 1;
    context.strokeRect(x, rowY + 4, 12, 12);
    context.fillStyle = "#1a1a1a";
    context.fillText(entry.label, x + 18, rowY + 10);
  }
  y += legendRows * lineHeight;
  context.font = `12px ${fontFamily}`;
  context.fillStyle = "#333333";
  for (const line of notes) {
    context.fillText(line, margin, y + 10);
    y += lineHeight;
  }
  return canvasToPng(canvas);
}

export async function svgToPng(
  svg: SVGSVGElement,
  text: ChartImageText,
): Promise<Blob> {
  const { markup, width, height } = standaloneSvg(svg);
  return composePng(text, {
    width,
    height,
    draw: async (context, x, y) => {
      const url = URL.createObjectURL(
        new Blob([markup], { type: "image/svg+xml;charset=utf-8" }),
      );
      try {
        context.drawImage(await loadImage(url), x, y, width, height);
      } finally {
        URL.revokeObjectURL(url);
      }
    },
  });
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new Error("The image could not be made.")),
      "image/png",
    ),
  );
}
