// The map's keys: what a ring means and which colour is which category, and, when force areas
// are shaded, the count range of every shade (numbers, not colour alone).
import { useTranslate } from "react-admin";
import { Box, Stack, Typography } from "@mui/material";
import { categoryLabels, type ReportCategory } from "../../domain";
import { categoryColours } from "../../common/charts/palette";
import {
  noPortsClass,
  suppressedClass,
  type ForceShading,
} from "./forceShading";

function Swatch({ colour, ring }: { colour: string; ring?: boolean }) {
  return (
    <Box
      component="span"
      aria-hidden
      sx={{
        display: "inline-block",
        width: 14,
        height: 14,
        mr: 0.75,
        verticalAlign: "middle",
        border: "1px solid #1a1a1a",
        borderRadius: ring ? "50%" : 0,
        backgroundColor: colour,
        flexShrink: 0,
      }}
    />
  );
}

export function CategoryLegend({
  categories,
}: {
  categories: readonly ReportCategory[];
}) {
  const translate = useTranslate();
  return (
    <Box component="figure" sx={{ m: 0, mt: 1 }}>
      <Typography
        component="figcaption"
        variant="body2"
        sx={{ fontWeight: 600 }}
      >
        {translate("analytics.map.ringLegend")}
      </Typography>
      <Stack
        component="ul"
        direction="row"
        useFlexGap
        sx={{ flexWrap: "wrap", gap: 1.5, listStyle: "none", p: 0, m: 0 }}
      >
        {categories.map((category) => (
          <Typography
            component="li"
            variant="body2"
            key={category}
            sx={{ display: "flex", alignItems: "center" }}
          >
            <Swatch colour={categoryColours[category]} ring />
            {categoryLabels[category]}
          </Typography>
        ))}
      </Stack>
    </Box>
  );
}

export function ShadingLegend({ shading }: { shading: ForceShading }) {
  const translate = useTranslate();
  const classes = [
    ...shading.classes,
    ...(shading.hasSuppressed ? [suppressedClass] : []),
    noPortsClass,
  ];
  return (
    <Box component="figure" sx={{ m: 0, mt: 1 }}>
      <Typography
        component="figcaption"
        variant="body2"
        sx={{ fontWeight: 600 }}
      >
        {translate("analytics.map.shadingLegend")}
      </Typography>
      <Stack
        component="ul"
        direction="row"
        useFlexGap
        sx={{ flexWrap: "wrap", gap: 1.5, listStyle: "none", p: 0, m: 0 }}
      >
        {classes.map((cls) => (
          <Typography
            component="li"
            variant="body2"
            key={cls.label}
            sx={{ display: "flex", alignItems: "center" }}
          >
            <Swatch colour={cls.colour} />
            {cls.label}
          </Typography>
        ))}
      </Stack>
    </Box>
  );
}
