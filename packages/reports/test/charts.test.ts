import { expect, test } from "vitest";
import { buildFieldsChart, buildTimelineChart } from "../src/build-bar-charts.ts";
import { buildNetworkChart } from "../src/build-network-chart.ts";
import { bandScale, countScale } from "../src/chart-scales.ts";
import type { ChartText } from "../src/charts.ts";
import { timelineCounts } from "../src/count-countries.ts";

// A monospaced stand-in for the font: half an em per character.
const text: ChartText = { label: (s) => s, width: (s, size) => s.length * size * 0.5 };
const item = (year: number | null, kind: string) => ({
  date: "",
  year,
  type: "partnership" as const,
  kind,
  text: "",
  refs: [1],
  moreRefs: 0,
});

test("count axes end on a round number and tick whole numbers about every 40 points", () => {
  expect(countScale(18, 130)).toEqual({ top: 18, ticks: [0, 5, 10, 15] });
  expect(countScale(6, 130)).toEqual({ top: 6, ticks: [0, 2, 4, 6] });
  expect(countScale(2, 340)).toEqual({ top: 2, ticks: [0, 1, 2] });
  expect(countScale(1, 340)).toEqual({ top: 1, ticks: [0, 1] });
  expect(countScale(37, 130)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
});

test("bands leave a tenth of a step between them and half that at the ends", () => {
  const x = bandScale(9, 480);
  expect(x.step).toBeCloseTo(53.333, 3);
  expect(x.bandwidth).toBeCloseTo(48, 3);
  expect(x.start(0)).toBeCloseTo(2.667, 3);
});

test("the timeline stacks kinds per year with a legend and skips undated items", () => {
  const svg = buildTimelineChart(
    timelineCounts([item(2017.2, "Signing"), item(2017.5, "Agreement"), item(2018, "Agreement"), item(null, "Visit")]),
    text,
  );
  expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
  expect(svg).toContain(">2017</text>");
  expect(svg).toContain(">Agreement</text>");
  expect(svg).not.toContain("Visit");
  // Two columns and the legend's square in the first colour, as one path.
  expect(/<path d="([^"]*)" fill="#1f4e79"\/>/.exec(svg!)?.[1]?.match(/Z/g)).toHaveLength(3);
  expect(buildTimelineChart(timelineCounts([item(null, "Visit")]), text)).toBeNull();
});

test("labels are escaped and cut to their limit; the same data gives the same drawing", () => {
  const fields = [
    { id: "a", label: "<b>&</b>", count: 3 },
    { id: "b", label: "x".repeat(80), count: 1 },
  ];
  const svg = buildFieldsChart(fields, text)!;
  expect(svg).toContain(">&lt;b&gt;&amp;&lt;/b&gt;</text>");
  expect(svg).toMatch(/>x+…<\/text>/);
  expect(buildFieldsChart(fields, text)).toBe(svg);
  expect(buildFieldsChart([], text)).toBeNull();
});

test("the network puts long names on two lines around their dot", () => {
  const svg = buildNetworkChart(
    {
      leftLabel: "Russia",
      rightLabel: "China",
      left: [{ label: "Bauman Moscow State Technical University", count: 2 }],
      right: [{ label: "Fudan University", count: 1 }],
      edges: [{ left: 0, right: 0, count: 2 }],
    },
    text,
  );
  expect(svg).toContain('<tspan x="190" y="27.3">Bauman Moscow State Technical</tspan>');
  expect(svg).toContain('<tspan x="190" y="37.8">University</tspan>');
  expect(svg.match(/<path d="M[^"]*A[^"]*Z" fill="#(c0392b|1f4e79)"\/>/g)).toHaveLength(2);
  expect(svg).toContain('stroke-width="6"');
});
