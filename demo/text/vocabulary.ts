// Word lists for report templates: fictitious vessels, hauliers and companies, and the places,
// vehicles and goods that make a report specific. Nothing here describes a reporter.

/** Names reserved for campaigns are deliberately absent, so a campaign's entity stays unique. */
export const vesselNames = [
  "Baltic Heron",
  "Solent Star",
  "Celtic Venture",
  "Nordic Pioneer",
  "Amber Tide",
  "Humber Endeavour",
  "Atlantic Crest",
  "Sea Lark",
  "Iron Meridian",
  "Cap Ferro",
  "Stella Maris II",
  "Westerhaven",
  "Thames Courier",
  "Orla Bay",
  "Granite Spirit",
  "Polar Mist",
  "Kattegat Trader",
  "Brightwater",
  "Lady Morwenna",
  "Corrib Star",
  "Ocean Warbler",
  "Elbe Pride",
  "Silver Fjord",
  "Santa Ines",
  "Harbour Falcon",
];

export const fishingVesselNames = [
  "Ocean Harvest",
  "Bonny Lass",
  "Silver Dawn",
  "Guiding Light",
  "Northern Rose",
  "Sea Harvester",
];

export const hauliers = [
  "Redline Haulage Ltd",
  "Fenland Transport Ltd",
  "Ashgrove Logistics Ltd",
  "Blue Anchor Freight Ltd",
  "Marshside Haulage Ltd",
  "Tollgate Transport Ltd",
  "Westway Carriers Ltd",
  "Coldharbour Freight Ltd",
  "Millbrook Distribution Ltd",
  "Saltmarsh Hauliers Ltd",
  "Greyfriars Transport Ltd",
  "Beacon Road Freight Ltd",
];

export const companies = [
  "a freight forwarding agent",
  "a ship's agent",
  "a container repair contractor",
  "a cleaning contractor",
  "a lashing contractor",
  "a customs clearance agent",
  "a port catering supplier",
  "a labour agency",
];

export const roles = [
  "a straddle carrier driver",
  "a lasher",
  "a crane driver",
  "a gate clerk",
  "a security officer",
  "a forklift driver",
  "a reefer technician",
  "a tally clerk",
  "a ro-ro marshal",
  "a shift supervisor",
  "a planning clerk",
  "a mooring gang member",
];

export const areas = [
  "the reefer stacks",
  "the ro-ro marshalling lanes",
  "the empty container park",
  "the lorry holding area",
  "the quay apron",
  "the freight check-in booths",
  "the unaccompanied trailer park",
  "the bonded warehouse",
  "the transit shed",
  "the vehicle import compound",
  "the bulk berth",
  "the passenger terminal forecourt",
];

export const vehicles = [
  "a silver Ford Transit van",
  "a black Audi A6",
  "a white Mercedes Sprinter",
  "a grey BMW X5",
  "a dark blue Vauxhall Vivaro",
  "a red Volkswagen Golf",
  "a white Toyota Hilux",
  "a black Range Rover",
  "a white Luton box van",
  "a grey Ford Ranger",
  "a maroon Skoda Octavia",
  "a white DAF tractor unit",
];

export const origins = [
  "Rotterdam",
  "Antwerp",
  "Santos",
  "Guayaquil",
  "Zeebrugge",
  "Calais",
  "Dunkirk",
  "Hook of Holland",
  "Bilbao",
  "Cherbourg",
  "Dublin",
  "Rosslare",
  "Gdansk",
  "Le Havre",
  "Algeciras",
  "Tangier",
];

export const cities = [
  "Liverpool",
  "Glasgow",
  "Birmingham",
  "London",
  "Manchester",
  "Belfast",
  "Bristol",
  "Leeds",
];

export const goods = [
  "power tools",
  "sports footwear",
  "catalytic converters",
  "e-bike batteries",
  "whisky",
  "designer clothing",
  "mobile phones",
  "copper cable",
  "tyres",
  "games consoles",
  "baby formula",
];

export const exciseGoods = [
  "cigarettes",
  "hand-rolling tobacco",
  "spirits",
  "illicit vapes",
  "counterfeit vodka",
];

export const drugs = [
  "cocaine",
  "cannabis",
  "heroin",
  "ketamine",
  "cocaine",
  "cannabis",
];

export const nationalities = [
  "Polish",
  "Lithuanian",
  "Dutch",
  "Irish",
  "Romanian",
  "Bulgarian",
  "Spanish",
  "Belgian",
];

export const weapons = [
  "a handgun",
  "several converted blank-firing pistols",
  "a quantity of ammunition",
  "a sawn-off shotgun",
  "firearm parts",
];

export const days = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "Friday night",
  "Sunday night",
];

export const counts = [
  "three",
  "four",
  "five",
  "six",
  "around eight",
  "around ten",
  "up to a dozen",
];
