// The 118 reference ports, validated once against the contract so bad data fails loudly.
import { z } from "zod";
import { PortSchema, type Port } from "../port";
import rawPorts from "./ukPorts.json";

export const ukPorts: readonly Port[] = z.array(PortSchema).parse(rawPorts);

export const ukPortsById: ReadonlyMap<string, Port> = new Map(
  ukPorts.map((p) => [p.id, p]),
);
