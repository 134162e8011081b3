// What is smuggled through ports: drugs, people, firearms and excise goods.
import type { ReportTemplate } from "./reportTemplate";

export const drugsTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "{drug} is believed to be concealed in reefer containers arriving at {port} from {origin} on {vessel}.",
      details: [
        "The drugs are said to be hidden behind the evaporator panel of the refrigeration unit.",
        "Two men in dark clothing are said to have been seen near {container} shortly after discharge.",
        "{vessel} is understood to call at {port} roughly every fortnight on a service from {origin}.",
      ],
    },
    {
      summary:
        "Holdalls are reported to be thrown from {vessel} onto the quay at {berth} at {port} and collected by {vehicle}.",
      details: [
        "A collection is reported to have taken place at around {nightTime} on {day}.",
        "The vehicle registration was given as {reg}.",
      ],
    },
    {
      summary:
        "A lorry driver using {port} is said to be carrying {drug} in the cab of a trailer with {nationality} plates.",
      details: [
        "The driver is said to travel on the {day} sailing from {origin}.",
        "It is alleged that cash is left in the cab of the tractor unit as payment.",
      ],
    },
    {
      summary:
        "Drug dealing is reported in the lorry park at {port} near {gate}, mostly at night.",
      details: [
        "Deals are said to happen from {vehicle}, registration {reg}, at around {nightTime}.",
        "Drivers waiting for the morning sailings are said to be the main buyers.",
      ],
    },
    {
      summary:
        "Crew from {vessel} are said to be bringing {drug} ashore at {port} during shore leave.",
      details: [
        "The drugs are said to be handed over in a car park near {gate}.",
        "The vessel is said to arrive from {origin}.",
      ],
    },
  ],
  sharedDetails: [
    "Information suggests the activity is linked to a crime group operating in {city}.",
    "The activity is believed to have been going on for several weeks.",
  ],
};

export const peopleSmugglingTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "People are believed to be hidden in trailers with {nationality} plates booked through {haulier} arriving at {port} from {origin}.",
      details: [
        "The trailers are said to be parked for several hours in {area} before being collected.",
        "The driver is said to be paid {cash} per person.",
      ],
    },
    {
      summary:
        "Knocking is reported to have been heard from a sealed container in {area} at {port}.",
      details: [
        "The container is said to be {container}, discharged from {vessel}.",
        "There is concern for the welfare of those inside, given the length of the voyage.",
      ],
    },
    {
      summary:
        "A van driver is alleged to be bringing people through {port} in a false compartment behind the bulkhead.",
      details: [
        "The van is described as {vehicle}, registration {reg}.",
        "The driver is said to use the {day} crossing from {origin}.",
      ],
    },
    {
      summary:
        "A small boat is reported to be landing people on the shore near {port} at night.",
      details: [
        "Discarded life jackets and clothing are reported to have been found on the beach.",
        "A vehicle is said to wait nearby with its lights off at around {nightTime}.",
      ],
    },
  ],
  sharedDetails: [
    "Around {count} people are believed to have been involved.",
    "Information suggests the route has been used before.",
  ],
};

export const firearmsTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "{weapon} is believed to be hidden in a consignment of {goods} due at {port} from {origin}.",
      details: [
        "The consignment is said to be due for collection by {haulier}.",
        "The container is understood to be {container}.",
      ],
    },
    {
      summary:
        "A crew member of {vessel} is said to be trying to sell a firearm in bars near {port}.",
      details: [
        "The vessel is said to sail again on {day}.",
        "The firearm is said to have been shown to others wrapped in a towel.",
      ],
    },
    {
      summary:
        "Parcels said to contain {weapon} are reported to be passing through {company} at {port}.",
      details: [
        "The weapons are said to have been converted from blank-firing pistols abroad.",
        "It is alleged that ammunition is packed separately in tins of paint.",
      ],
    },
  ],
  sharedDetails: [
    "The buyer is believed to be linked to organised crime in {city}.",
    "Collection is expected on {day}.",
  ],
};

export const exciseTemplate: ReportTemplate = {
  scenarios: [
    {
      summary:
        "Large quantities of {excise} are reported to be arriving at {port} in vans making frequent trips from {origin}.",
      details: [
        "The same van, {vehicle}, registration {reg}, is said to travel several times a week.",
        "The trips are said to be timed for the {day} sailing, when checks are thought to be lighter.",
      ],
    },
    {
      summary:
        "A trailer declared as {goods} arriving at {port} is believed to contain undeclared {excise}.",
      details: [
        "The load is said to be booked through {haulier}.",
        "The trailer is said to have {nationality} plates.",
      ],
    },
    {
      summary:
        "Crew on {vessel} are said to be selling {excise} ashore at {port}.",
      details: [
        "Sales are said to take place from a car near {gate}.",
        "The vessel is said to call from {origin}.",
      ],
    },
  ],
  sharedDetails: [
    "Goods are believed to be stored in a lock-up near the port before being sold on.",
    "It is alleged that the goods are sold through shops in {city}.",
  ],
};
