// The console's Users section draws the shared outline glyphs (components/ui/outline-icons).
export {
  FactorGlyph as FactorIcon,
  OutlineIcon as Icon,
  type OutlineIconName as IconName,
} from "../../ui/outline-icons";
