// The domestic layers this build judges beside international law (docs/domestic-layers.md). To
// add a state, write its layer (src/law/<state>/layer.ts) and register it here.
import { registerDomesticLayer } from "../law/domestic-layers.js";
import { japanLayer } from "../law/japan/layer.js";

registerDomesticLayer(japanLayer);
