"""Demo articles, part 2 (original text written for this project)."""

ARTICLES = [
    {
        "slug": "caspian-offshore-wind-needs-a-seabed-survey-first",
        "title": "Caspian offshore wind needs a seabed survey before it needs an auction",
        "standfirst": "The rush to announce turbine tenders in the Caspian skips the dull but decisive step: knowing what lies under the water. A patient survey programme would save years and money later.",
        "section": "energy",
        "type": "analysis",
        "authors": ["daniel-moreau"],
        "tags": ["offshore wind", "caspian", "renewables"],
        "days_ago": 3,
        "body": [
            (
                "paragraph",
                "Every energy ministry around the Caspian now has a slide showing offshore wind turbines standing in shallow water off a long, windy coast. The wind resource is genuine: the northern and western shelves see steady winds for much of the year, and the water depths near the coast are modest compared with the North Sea. Yet the slides tend to jump straight from resource maps to auction dates, as if the space in between were an administrative formality rather than the place where projects usually succeed or fail.",
            ),
            (
                "paragraph",
                "That space is the seabed. Developers cannot price a foundation without knowing the soil it will sit in, and in the Caspian the picture is unusually mixed. Soft sediments, buried gas pockets, old pipelines and abandoned wellheads all share the shallow shelf. A turbine foundation designed for firm sand becomes a very different engineering problem in loose silt. Without geotechnical data, bidders either add heavy risk premiums to their offers or simply decline to bid, and both outcomes make the first auction look like a failure.",
            ),
            ("heading", "Data as public infrastructure"),
            (
                "paragraph",
                "The countries that have built offshore wind quickly tended to treat site data as a public good. The state paid for geophysical and geotechnical surveys of designated zones, then published the results to all bidders on equal terms. This reduced duplicated effort, shortened bidding timelines and, importantly, made the competition about price and delivery rather than about who had the deepest pockets for speculative drilling. It is a model that suits the Caspian well, where the number of credible developers is small and each one is cautious.",
            ),
            (
                "pull_quote",
                {
                    "text": "A turbine foundation designed for firm sand becomes a very different engineering problem in loose silt.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "A regional survey programme would also answer questions that no single developer has an incentive to ask. Where do migratory birds cross the shoreline in spring? Which fishing grounds matter most to coastal villages? How will ice in the northern shallows affect towers and cables during hard winters? These are not obstacles to be managed after contracts are signed. They are the inputs that determine where the zones should be drawn in the first place, and drawing them well avoids years of disputes.",
            ),
            (
                "image",
                {
                    "caption": "An abstract rendering of survey vessel tracks across a shallow coastal shelf at dusk",
                    "alt": "Lines of survey tracks over a blue-grey sea",
                },
            ),
            (
                "paragraph",
                "There is a cost argument too. A thorough survey campaign for a handful of zones might take two seasons and a modest sum compared with the capital cost of even one wind farm. Spread across several projects, it lowers the cost of capital for all of them, because lenders price uncertainty heavily. The savings from a single avoided foundation redesign could cover much of the survey budget. Governments that hesitate to spend on data often end up paying for its absence through higher tariffs.",
            ),
            (
                "fact_box",
                {
                    "title": "What a pre-auction survey covers",
                    "items": [
                        "Geophysical mapping of the seabed surface and shallow layers",
                        "Boreholes and cone tests at likely turbine positions",
                        "Bird, fish and marine mammal baseline studies",
                        "Records of existing pipelines, cables and old wells",
                        "Wind and wave measurements over at least one full year",
                    ],
                },
            ),
            (
                "paragraph",
                "None of this argues for delay for its own sake. A clear timetable that sets out survey seasons, data release dates and an auction window would give developers confidence that the process is real. What matters is sequencing. An auction launched on thin data produces either no bids or bids that unravel at the first surprise. An auction launched on shared, credible data can set a benchmark price that the whole region will remember, and that is worth waiting a season or two to get right.",
            ),
        ],
    },
    {
        "slug": "electrolysers-before-export-dreams",
        "title": "Green hydrogen in the South Caucasus: build electrolysers at home before promising exports",
        "standfirst": "Talk of piping hydrogen to Europe runs far ahead of the region's own demand. The smarter first step is to replace grey hydrogen already used in fertiliser and refining.",
        "section": "energy",
        "type": "op-ed",
        "authors": ["daniel-moreau"],
        "tags": ["hydrogen", "industry", "renewables"],
        "days_ago": 27,
        "body": [
            (
                "paragraph",
                "Hydrogen has become the most flexible word in regional energy policy. It appears in speeches about export corridors, in memoranda with European buyers and in plans for vast solar fields that do not yet exist. What is often missing from these discussions is a simple observation: the region already uses hydrogen today, made from natural gas, in refineries and fertiliser plants. Replacing some of that grey hydrogen with a cleaner supply is a concrete, bankable project. Exporting hydrogen across seas and mountains is, for now, an aspiration.",
            ),
            (
                "paragraph",
                "Starting at home has several advantages. The customers exist and are known. The hydrogen does not need to be compressed, liquefied or converted into ammonia for a long journey, each step of which loses energy and money. Engineers and operators can learn how electrolysers behave in local conditions, including dust, summer heat and an electricity grid that is still adapting to variable renewables. Those lessons are worth far more than any feasibility study written for a distant market.",
            ),
            (
                "paragraph",
                "There is also a strategic logic. Buyers in Europe will eventually sign long-term contracts only with suppliers who can prove they can run plants reliably and certify the origin of the electricity used. A domestic track record of several years provides exactly that proof. A region that arrives at the negotiating table with operating plants, trained staff and audited emissions figures will command better terms than one that arrives with maps and ambitions, however attractive those maps may be.",
            ),
            (
                "pull_quote",
                {
                    "text": "A region that arrives at the negotiating table with operating plants will command better terms than one that arrives with maps.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "The obstacles are real but manageable. Electrolysers are expensive, and the electricity that feeds them must be both cheap and clean to make the product competitive. That means pairing them with new wind and solar capacity rather than drawing from a grid still dominated by gas. It also means designing contracts so that the plant can run flexibly, soaking up surplus renewable power at midday and easing off in the evening peak, which helps the grid rather than straining it.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Policy can help without large subsidies. A clear standard for what counts as low-carbon hydrogen, aligned with the rules buyers abroad are writing, would remove a major uncertainty. Grid connection rules that allow electrolysers to sit next to renewable plants would cut costs. Public procurement, for example requiring a modest share of clean hydrogen in state-owned fertiliser production, would create a first anchor customer and give lenders something solid to finance.",
            ),
            (
                "paragraph",
                "The export vision need not be abandoned. It simply belongs later in the story. If domestic projects succeed, scaling them up for export becomes a matter of engineering and diplomacy rather than faith. If they struggle, the region will have learned cheaply what it would otherwise have discovered at enormous cost. Either way, the first electrolyser running quietly beside a fertiliser plant will do more for the region's hydrogen future than another conference communique.",
            ),
        ],
    },
    {
        "slug": "black-sea-submarine-cable-test-of-patience",
        "title": "A submarine power cable under the Black Sea is a test of patience as much as engineering",
        "standfirst": "The proposed electricity link between the South Caucasus and Europe is technically feasible. The harder questions concern who pays, who operates it and how the power will flow.",
        "section": "energy",
        "type": "analysis",
        "authors": ["daniel-moreau", "sarah-whitfield"],
        "tags": ["grids", "black sea", "interconnection"],
        "days_ago": 55,
        "body": [
            (
                "paragraph",
                "Long high-voltage cables laid across seabeds are no longer exotic. Several now link countries across the North Sea and the Mediterranean, carrying power over hundreds of kilometres with modest losses. The idea of running such a cable across the Black Sea, connecting the Georgian coast with the European grid, therefore rests on proven technology. What makes the project unusual is not the cable itself but the number of institutions, regulators and markets that must agree on how it will be used once it is in place.",
            ),
            (
                "paragraph",
                "The depth of the Black Sea is the first technical hurdle. Much of its central basin is more than two kilometres deep, and the deep water is starved of oxygen, which affects how materials age. Route engineers will likely seek a path that balances total length against depth, and that choice will influence cost, repair times and insurance. A cable fault in deep water can take months to locate and fix, so the planners must also consider what happens to the grids at each end during an outage.",
            ),
            (
                "image",
                {
                    "caption": "A stylised map showing a cable route crossing a deep sea basin between two coastlines",
                    "alt": "Abstract map of a cable route across a sea",
                },
            ),
            ("heading", "Rules matter more than steel"),
            (
                "paragraph",
                "The commercial questions are harder. An interconnector earns money from price differences between the markets it links. For that to work, both ends need transparent wholesale markets with prices set in a predictable way. The South Caucasus electricity markets are still opening up, and the rules for cross-border trading remain a work in progress. Investors will want assurance that capacity on the cable will be allocated fairly and that revenues will not be redirected by political decisions made after construction has started.",
            ),
            (
                "paragraph",
                "There is also the question of direction. Much of the public case for the link describes clean power flowing westward from new wind and solar farms around the Caspian. In practice, flows will follow prices, and in some hours electricity may well travel east. That is not a flaw; it is what makes interconnectors useful for balancing. But it means the project should be explained honestly to the public, as a tool for stability and trade rather than a one-way export pipeline.",
            ),
            (
                "paragraph",
                "Transit arrangements add another layer. Power generated near the Caspian would need to cross national grids before reaching the coast, and each crossing involves tariffs, technical standards and operational coordination. Grid operators in the region have cooperated well on emergency support, but routine, high-volume trading is a different discipline. Joint training, shared data systems and common procedures for scheduling would need to be built up well before the cable is energised.",
            ),
            (
                "paragraph",
                "None of these obstacles is fatal. They do suggest a sensible order of work: strengthen domestic grids and market rules first, agree the ownership and operating model early, and be realistic about timelines. A cable commissioned a few years later than promised but operating under clear rules will serve the region far better than one rushed into service with its governance still unsettled. In energy infrastructure, patience is often the cheapest resource available.",
            ),
        ],
    },
    {
        "slug": "gas-revenue-belongs-in-a-rainy-day-fund",
        "title": "Gas revenue belongs in a rainy-day fund, not a building spree",
        "standfirst": "High export prices have filled treasuries across the region. The editorial board argues that the windfall should be saved and invested carefully, because prices that rise quickly can fall just as fast.",
        "section": "energy",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["gas", "public finance"],
        "days_ago": 16,
        "body": [
            (
                "paragraph",
                "Windfalls have a way of shaping the habits of governments long after the money itself is gone. The recent surge in gas export revenues has given producer states around the Caspian a welcome cushion. It has also produced a familiar temptation: to announce new stadiums, ceremonial boulevards and administrative complexes whose running costs will outlast the high prices that paid for their construction. We urge restraint, not because investment is wrong, but because this kind of spending is rarely the investment a country actually needs.",
            ),
            (
                "paragraph",
                "The case for saving is straightforward. Commodity prices move in cycles, and the current one will turn. When it does, governments that have locked themselves into high recurring spending face painful choices: cutting salaries and pensions, delaying maintenance or borrowing at unfavourable rates. A well-governed stabilisation fund smooths those swings. It allows a state to keep paying teachers and repairing roads when revenues fall, which is precisely when citizens need public services to remain steady.",
            ),
            (
                "paragraph",
                "Such funds work only with clear rules. Deposits should follow a formula tied to prices, not to the mood of a given budget season. Withdrawals should be limited and publicly justified. The fund's holdings, returns and management costs should be published regularly and audited independently. Where these rules have been followed elsewhere, funds have built public trust. Where they have been bent, the funds have become little more than a second budget with less scrutiny.",
            ),
            (
                "pull_quote",
                {
                    "text": "Windfalls have a way of shaping the habits of governments long after the money itself is gone.",
                    "attribution": "Editorial Board",
                },
            ),
            (
                "paragraph",
                "Saving does not mean doing nothing at home. A portion of the windfall could sensibly be directed toward investments that raise long-term productivity and reduce dependence on hydrocarbons: grid upgrades that allow more renewable power, vocational training, rural water systems and the digitisation of public services. These projects share a useful trait. They tend to pay for themselves over time, and they do not commit the state to large ceremonial running costs.",
            ),
            (
                "paragraph",
                "Parliaments have a role to play here. Budget committees should ask, for every major project financed by gas revenue, what it will cost to operate over twenty years and where that money will come from once prices fall. Civil society and the press should be given access to the same figures. Transparency is not a luxury for good times; it is the best protection a public has against decisions made in the glow of temporary abundance.",
            ),
            (
                "paragraph",
                "The region has lived through boom and bust before. Many citizens remember the years when revenue collapsed and public services frayed. The lesson from those years is not that prosperity is dangerous, but that it must be managed with an eye on the next downturn. A rainy-day fund is an unglamorous institution. It rarely earns a ribbon-cutting ceremony. That is exactly why it deserves political courage now, while the sky is still clear.",
            ),
        ],
    },
    {
        "slug": "rooftop-solar-in-baku-courtyards",
        "title": "The courtyards of Baku could host the city's quietest power station",
        "standfirst": "Thousands of flat roofs around the city's old residential courtyards sit empty under strong sun. Small rules, not large subsidies, would let residents put them to work.",
        "section": "energy",
        "type": "op-ed",
        "authors": ["farid-mammadli"],
        "tags": ["solar", "cities", "baku"],
        "days_ago": 41,
        "body": [
            (
                "paragraph",
                "Walk through any of the older residential quarters of Baku and you will find the same arrangement repeated block after block: a shared courtyard, a few trees, laundry lines, and above it all a flat roof baking in the sun. Those roofs are some of the most underused assets in the city. On a summer afternoon they absorb heat that makes the flats below harder to cool. With modest panels installed, they could instead supply electricity to the very air conditioners that strain the grid on the hottest days.",
            ),
            (
                "paragraph",
                "The technical case is not in doubt. The Absheron peninsula receives abundant sunshine, and solar panels have become cheap enough that a small installation can pay for itself within a handful of years. What holds residents back is not physics or price but paperwork. Shared roofs belong to everyone and no one. Agreeing to install panels requires the consent of dozens of households, clarity on who maintains the system, and a way to divide the savings fairly among them.",
            ),
            (
                "image",
                {
                    "caption": "An illustration of solar panels on flat roofs above a shaded residential courtyard",
                    "alt": "Solar panels on rooftops around a courtyard",
                },
            ),
            (
                "paragraph",
                "Other cities have solved similar problems with simple legal templates. A standard agreement, approved by the city, can set out how a residents' association decides on a project, how costs and benefits are shared and what happens when a flat is sold. With such a template, a building can move from discussion to installation in months rather than years. Without it, every courtyard has to invent its own rules, and most simply give up before they begin.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Grid rules matter as well. Residents need to know that surplus electricity produced at midday will be credited fairly, and that connection will not require endless inspections. The distribution company has legitimate concerns about safety and voltage stability, but these can be addressed with clear technical standards and certified installers. A transparent, published process would serve both sides better than the current uncertainty, in which each application is treated as an exception.",
            ),
            (
                "paragraph",
                "There are wider benefits for the city. Panels shade roofs and reduce the heat load on top-floor flats, which are often home to older residents who suffer most in heatwaves. Local installation and maintenance work creates skilled jobs that cannot be outsourced. And every kilowatt-hour produced on a roof is one that does not need to travel through congested substations, easing pressure on a network that was not designed for today's summer demand.",
            ),
            (
                "paragraph",
                "None of this will transform the national energy balance overnight. But cities change through accumulated small decisions, and a courtyard roof covered in panels is a visible, everyday sign that the energy transition is something residents can take part in, not only watch from a distance. The city could start with a pilot of a few dozen buildings, publish the results openly and let neighbours see for themselves what a quiet power station looks like.",
            ),
        ],
    },
    {
        "slug": "the-compressor-stations-nobody-photographs",
        "title": "The compressor stations nobody photographs keep the gas flowing",
        "standfirst": "Pipelines get the ceremonies and the maps. The machines that push gas along them get neither, yet their condition will decide how reliable the region's exports remain.",
        "section": "energy",
        "type": "analysis",
        "authors": ["daniel-moreau"],
        "tags": ["gas", "pipelines", "maintenance"],
        "days_ago": 72,
        "body": [
            (
                "paragraph",
                "When a new pipeline opens, the photographs show a ribbon, a valve wheel and a row of officials. What they rarely show is a compressor station, the fenced compound of turbines, coolers and control rooms placed every hundred kilometres or so along the route. Gas does not flow by itself over long distances; it has to be pushed. Those stations are the heart of any pipeline system, and their reliability matters at least as much as the steel pipe running between them.",
            ),
            (
                "paragraph",
                "Many of the compressors serving routes through the South Caucasus were installed over the past two decades, and some components are approaching the point where major overhauls become necessary. Turbines need periodic rebuilding. Control systems designed for an earlier generation of software need replacing. Spare parts supplied by a small number of manufacturers can take many months to arrive. None of this is a crisis, but it is the kind of slow ageing that becomes a problem if it is ignored during years of high demand.",
            ),
            ("heading", "Maintenance windows and export promises"),
            (
                "paragraph",
                "The tension is obvious. Operators must take stations offline to maintain them, but every day of reduced capacity is a day of lower exports at a time when buyers want as much gas as possible. Scheduling maintenance in the summer, when demand is lower, helps, but it compresses a great deal of work into a short season. The temptation to postpone overhauls is strong, and postponed work tends to return later as unplanned outages, which are far more disruptive.",
            ),
            (
                "pull_quote",
                {
                    "text": "Postponed maintenance tends to return later as unplanned outages, which are far more disruptive.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "There is also an emissions dimension that deserves more attention. Compressor stations are a common source of methane leaks, from seals, vents and valves. Modern monitoring, using fixed sensors and periodic aerial surveys, can detect these leaks quickly and cheaply. European buyers are increasingly asking suppliers to document methane intensity, and a station that leaks is not only wasting a valuable product but also weakening the commercial case for the gas it carries.",
            ),
            (
                "paragraph",
                "Upgrading these stations offers an opportunity. Some older gas-driven turbines could be replaced with electric drives, powered from the grid, where the local electricity supply is robust. That would cut both fuel use and emissions at the station itself. Waste heat from the turbines could be captured for nearby uses. These are not headline-grabbing projects, but they improve efficiency in ways that compound over the decades a pipeline remains in service.",
            ),
            (
                "paragraph",
                "The lesson for policymakers and investors is to look beyond capacity figures. A pipeline rated for a certain annual volume delivers that volume only if its compressors are healthy. Regular public reporting on maintenance schedules, outage rates and methane detection would give buyers and citizens alike a clearer view of the system's true condition. Reliability is built quietly, in workshops and control rooms, long before anyone notices that it is missing.",
            ),
        ],
    },
    {
        "slug": "regional-grid-operators-agree-metering-standard",
        "title": "Regional grid operators agree a common metering standard for cross-border trade",
        "standfirst": "A technical agreement reached at a meeting in Tbilisi sets shared rules for measuring electricity at border points, a small step that could make future power trading simpler and more transparent.",
        "section": "energy",
        "type": "news",
        "authors": ["daniel-moreau"],
        "tags": [],
        "days_ago": 0,
        "body": [
            (
                "paragraph",
                "Electricity grid operators from across the South Caucasus have agreed a common standard for metering power at the points where their networks meet, according to participants at a two-day technical meeting held in Tbilisi this week. The agreement, reached under the auspices of the informal Caspian and Black Sea Grid Operators' Forum, sets out shared requirements for meter accuracy, data formats and the frequency with which readings are exchanged between control centres.",
            ),
            (
                "paragraph",
                "Metering may sound like a minor detail, but disagreements over how much electricity has actually crossed a border have long complicated settlement between neighbouring systems. Differences in equipment, calibration schedules and data handling have sometimes left operators with figures that did not match, requiring manual reconciliation weeks after the fact. Participants said the new standard is intended to remove most of those discrepancies and allow settlement to be completed much faster.",
            ),
            (
                "paragraph",
                "Under the agreement, meters at interconnection points will be calibrated on the same schedule and verified by accredited laboratories. Readings will be recorded at fifteen-minute intervals and shared automatically between the relevant control centres in a common digital format. Where readings differ beyond an agreed tolerance, operators will follow a set procedure to identify the cause, rather than negotiating case by case as they do at present.",
            ),
            (
                "fact_box",
                {
                    "title": "What the metering agreement sets",
                    "items": [
                        "Common accuracy class for border meters",
                        "Readings every fifteen minutes",
                        "Shared digital format for data exchange",
                        "Joint calibration schedule and accredited testing",
                        "A fixed procedure for resolving discrepancies",
                    ],
                },
            ),
            (
                "paragraph",
                "A senior engineer involved in the talks, speaking on condition that the forum's internal discussions remain confidential, described the result as unglamorous but necessary groundwork. Larger plans for regional electricity trade, including proposed links to European markets, will depend on operators trusting one another's data. Without reliable measurement, the engineer said, market rules and trading platforms would rest on uncertain foundations.",
            ),
            (
                "paragraph",
                "The agreement does not in itself change tariffs or create a regional market. Those decisions remain with national regulators and governments, several of which are still revising their own wholesale market rules. Participants said the metering standard was deliberately designed to be neutral, so that it can support whatever market arrangements are eventually adopted. Implementation is expected to take place in stages over the next eighteen months as older meters are replaced.",
            ),
            (
                "paragraph",
                "Observers of the regional energy sector welcomed the step while noting that the harder work lies ahead. Aligning balancing rules, agreeing how interconnection capacity is allocated and coordinating emergency procedures will all require further rounds of negotiation. The forum is expected to meet again in the spring, when participants said they intend to begin discussing a shared approach to scheduling cross-border flows.",
            ),
        ],
    },
    {
        "slug": "middle-corridor-container-numbers-read-honestly",
        "title": "Reading the Middle Corridor's container numbers honestly",
        "standfirst": "Freight volumes across the Caspian have grown quickly from a low base. Sustaining that growth depends less on new announcements than on reliability, pricing and border procedures.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield", "farid-mammadli"],
        "tags": ["middle corridor", "freight", "ports"],
        "days_ago": 11,
        "body": [
            (
                "paragraph",
                "The trans-Caspian route linking Central Asia with the Black Sea and Europe has enjoyed a remarkable run of attention. Freight volumes rose sharply after the disruption of northern routes, and announcements of new terminals, ferries and rail agreements followed one another in quick succession. The headline percentages are striking. But percentages calculated from a small base can mislead, and the more useful question is what the route must do to keep customers once the initial rush of diverted cargo has settled.",
            ),
            (
                "paragraph",
                "Shippers choose routes on a few basic criteria: total transit time, predictability, cost and the ease of paperwork. The Middle Corridor has made progress on the first and third, but predictability remains its weak point. A container may move quickly on one leg and then wait days for a ferry slot or a border inspection on the next. For a manufacturer planning production around deliveries, a route that is usually fast but occasionally very slow is often less attractive than a longer route that is consistently on time.",
            ),
            (
                "pull_quote",
                {
                    "text": "A route that is usually fast but occasionally very slow is often less attractive than a longer one that is consistently on time.",
                    "attribution": "Sarah Whitfield, contributing editor",
                },
            ),
            (
                "paragraph",
                "The bottlenecks are well known. Ferry capacity across the Caspian is limited and weather-dependent. Port handling capacity has grown, but connections between ports and rail terminals still involve too many manual steps. Each border crossing requires its own documents, and electronic systems in neighbouring countries do not yet communicate smoothly with one another. Every one of these frictions adds hours, and together they add days.",
            ),
            ("newsletter", None),
            (
                "fact_box",
                {
                    "title": "What shippers watch",
                    "items": [
                        "Door-to-door transit time and its variability",
                        "Ferry frequency and weather delays on the Caspian crossing",
                        "Number of documents and inspections per border",
                        "Single through-tariff versus separate charges per leg",
                        "Availability of tracking across the whole route",
                    ],
                },
            ),
            (
                "paragraph",
                "Pricing is another quiet obstacle. Customers often receive separate quotes for each leg, from different operators, each adding its own margin and risk buffer. A single through-tariff, agreed among railways, ports and shipping lines and offered by one contracting party, would make the route far easier to sell. Several attempts have been made to create such a product. Their progress deserves more scrutiny than the launch of yet another logistics memorandum.",
            ),
            (
                "paragraph",
                "The most valuable investments may be the least visible: shared digital customs platforms, coordinated ferry schedules, and agreements allowing inspections to be carried out once rather than repeatedly. These measures are cheaper than new terminals and can be implemented faster. They also require a degree of trust and administrative cooperation among neighbouring states that is harder to build than concrete, which is precisely why progress on them is the best indicator of the corridor's future.",
            ),
            (
                "paragraph",
                "There is reason for cautious optimism. Governments along the route share a clear interest in its success, and the private operators involved have invested real money. But the corridor will be judged by its worst weeks, not its best. If the coming years bring steady improvement in reliability, the route can become a permanent part of Eurasian trade. If not, much of the cargo that arrived during the disruption may quietly return to older paths.",
            ),
        ],
    },
    {
        "slug": "demographic-arithmetic-of-the-next-decade",
        "title": "The demographic arithmetic behind the region's next decade",
        "standfirst": "Falling birth rates, emigration and ageing villages will shape labour markets, pensions and politics across the South Caucasus. Policymakers are only beginning to plan for it.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["demography", "labour", "migration"],
        "days_ago": 91,
        "body": [
            (
                "paragraph",
                "Population figures rarely make headlines, because they change slowly and without drama. Yet they are among the most reliable forecasts any government has. The children who will enter the labour market in fifteen years have already been born, and the people who will retire in the next decade are already at work. Across the South Caucasus, these figures point toward a future in which working-age populations shrink, the share of older citizens grows and many rural areas thin out further.",
            ),
            (
                "paragraph",
                "The drivers differ from country to country but follow a common pattern. Birth rates have fallen as urbanisation, education and housing costs change family decisions. Emigration, particularly of young adults seeking work abroad, has removed a significant share of the most mobile age groups. Life expectancy has risen, which is good news in itself, but it means pensions and health systems must support more people for longer, funded by a smaller number of contributors.",
            ),
            (
                "image",
                {
                    "caption": "An abstract chart-like composition showing population layers narrowing at the base",
                    "alt": "Stylised population pyramid with a narrowing base",
                },
            ),
            ("heading", "Villages and cities on different paths"),
            (
                "paragraph",
                "The national averages hide sharp local contrasts. Capitals and a few large cities continue to grow, drawing in young people from the regions. Mountain villages and small towns, by contrast, are ageing quickly, with schools closing and clinics struggling to find staff. This pattern creates two different policy challenges at once: managing congestion, housing demand and infrastructure strain in the cities, while sustaining basic services in places where the population is falling.",
            ),
            (
                "paragraph",
                "Labour markets will feel the change first. Employers already report shortages of skilled workers in construction, healthcare and technical trades. As the number of young entrants declines, those shortages will spread. Governments face choices about how to respond: raising participation among women and older workers, investing in training and productivity, encouraging emigrants to return, or admitting workers from abroad. Each option carries political sensitivities, and none is sufficient on its own.",
            ),
            (
                "paragraph",
                "Pension systems are the most exposed. Where pensions are financed largely from current contributions, a shrinking workforce means either higher contributions, lower benefits or larger transfers from the budget. Some countries in the region have introduced funded pension pillars, but these take decades to mature. Honest public debate about retirement ages, benefit levels and financing is overdue, and it is easier to hold while the pressures are still building than once they have arrived.",
            ),
            (
                "paragraph",
                "Demography is not destiny. Countries with similar trends elsewhere have adapted through higher productivity, better use of technology and thoughtful migration policies. What they have not managed is to ignore the arithmetic and hope it changes. The governments of the South Caucasus have a few years in which the demographic transition is visible but not yet acute. Using that time to plan, rather than to react, would be one of the most consequential choices of the coming decade.",
            ),
        ],
    },
    {
        "slug": "caucasus-glaciers-and-a-slow-water-emergency",
        "title": "Retreating glaciers and the slow water emergency of the Caucasus",
        "standfirst": "The ice fields of the Greater Caucasus are shrinking year by year. The consequences for rivers, farms and hydropower will arrive gradually, which is exactly why they are easy to overlook.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["water", "climate", "rivers"],
        "days_ago": 63,
        "body": [
            (
                "paragraph",
                "High in the Greater Caucasus, glaciers that have fed rivers for thousands of years are retreating. Field measurements and satellite images show tongues of ice pulling back up their valleys and thinning from the surface. The change is not sudden, and in some years it is barely noticeable from the ground. But over decades it is unmistakable, and its effects travel far downstream, into the irrigation canals, reservoirs and city water systems that depend on mountain runoff.",
            ),
            (
                "paragraph",
                "In the short term, melting glaciers can actually increase river flows during summer, as stored ice turns to water. This can create a misleading sense of abundance. Over a longer horizon, as the glaciers shrink, that extra summer contribution declines. Rivers that once received reliable late-summer meltwater, just when farmers need it most, will become more dependent on rainfall and snow, both of which are becoming less predictable as the climate warms.",
            ),
            (
                "pull_quote",
                {
                    "text": "Melting glaciers can create a misleading sense of abundance before the decline sets in.",
                    "attribution": "Sarah Whitfield, contributing editor",
                },
            ),
            (
                "paragraph",
                "The Kura and its tributaries, along with smaller rivers draining the northern slopes, support agriculture across a wide area. Many farming communities rely on irrigation systems built decades ago, with considerable losses through leaking canals and inefficient field methods. As summer flows become less reliable, those losses matter more. Modernising irrigation is therefore not only an economic investment but a form of climate adaptation that will pay off whatever the exact pace of glacial retreat turns out to be.",
            ),
            ("newsletter", None),
            (
                "image",
                {
                    "caption": "A generated landscape of a mountain valley with a retreating glacier and a river below",
                    "alt": "Mountain glacier above a river valley",
                },
            ),
            (
                "paragraph",
                "Hydropower planning must also take note. Several dams in the region were designed around historical flow records that may no longer describe the future. Reservoir operators will need to manage water more carefully between seasons, balancing electricity generation with irrigation releases and flood control. New projects should be tested against a range of future flow scenarios, not just the averages of the past century, to avoid building capacity that will sit idle in dry years.",
            ),
            (
                "paragraph",
                "Hazards are part of the picture too. Retreating glaciers can leave behind unstable lakes dammed by loose rock and ice, which may burst without warning. Debris flows in steep valleys have already damaged roads and villages in recent years. Monitoring these sites, mapping risk zones and warning communities downstream are relatively inexpensive measures compared with the cost of disasters, and they benefit from cooperation between neighbouring countries sharing the same mountain range.",
            ),
            (
                "paragraph",
                "Water does not respect borders, and the rivers of the Caucasus cross several of them. Shared data on snowpack, glacier mass and river flows would help every country plan better. Technical cooperation between hydrological services already exists in places and could be extended without touching sensitive political questions. The glaciers will continue to retreat regardless of what governments decide, but how well the region adapts remains very much a matter of choice.",
            ),
        ],
    },
    {
        "slug": "remittances-and-small-town-economies",
        "title": "How remittances quietly shape the economies of small towns",
        "standfirst": "Money sent home by workers abroad sustains thousands of households in the region. It cushions hardship but can also mask the lack of local opportunity.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield", "rustam-karimov"],
        "tags": ["remittances", "migration", "economy"],
        "days_ago": 118,
        "body": [
            (
                "paragraph",
                "In many small towns across the South Caucasus, the most important economic institution is not a factory or a farm but a money transfer counter. Each month, workers in construction, services and transport abroad send part of their earnings home. These transfers pay for groceries, school fees, medicines and house repairs. In some districts they account for a larger share of household income than local wages, and their rhythm shapes everything from shop turnover to the timing of weddings.",
            ),
            (
                "paragraph",
                "The benefits are clear. Remittances reduce poverty directly and tend to be more stable than many other sources of income, because migrants often send more when families face a crisis at home. They flow to places that receive little foreign investment, reaching rural areas that official development programmes struggle to serve. In difficult years, they have acted as an informal social safety net, filling gaps that public budgets could not cover.",
            ),
            ("heading", "A cushion that can become a ceiling"),
            (
                "paragraph",
                "Yet reliance on remittances carries risks. Most of the money is spent on consumption and housing rather than on productive investment, which is understandable for families meeting immediate needs but does little to create local jobs. When the host economy slows or exchange rates shift, flows can fall sharply, leaving households exposed. And the departure of working-age adults leaves behind communities with fewer entrepreneurs, teachers and skilled tradespeople.",
            ),
            (
                "paragraph",
                "The social effects are harder to measure but widely felt. Children grow up with one or both parents abroad for long stretches. Grandparents take on caregiving roles well into old age. Towns develop a particular seasonal pattern, busy during holidays when migrants return and quiet for the rest of the year. Local politics, too, can be shaped by the absence of many younger voters and by the expectation that problems will be solved through private money rather than public action.",
            ),
            (
                "paragraph",
                "Policy can help channel some remittance income into longer-term uses without restricting how families spend their money. Lower transfer fees, through competition and digital payment systems, leave more money in recipients' hands. Savings products designed for migrant families, and small-business lending that recognises remittances as a reliable income stream, can encourage investment. Matching schemes, in which public funds supplement diaspora contributions to local projects, have worked well in other regions.",
            ),
            (
                "paragraph",
                "Ultimately, the healthiest outcome is one in which migration becomes a choice rather than a necessity. That requires local economies capable of offering decent work, which depends on infrastructure, credit, education and the rule of law. Remittances can support that transition, but they cannot substitute for it. Recognising their importance is the first step; making sure they do not become a permanent substitute for local opportunity is the harder one.",
            ),
        ],
    },
    {
        "slug": "interpreters-in-regional-diplomacy",
        "title": "The interpreters in the room: language and trust in regional diplomacy",
        "standfirst": "Negotiations between neighbours depend on words that carry history. The people who translate them shape outcomes more than communiques ever acknowledge.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["anna-kowalczyk", "leyla-hasanova"],
        "tags": ["diplomacy", "language", "culture"],
        "days_ago": 134,
        "body": [
            (
                "paragraph",
                "Diplomatic photographs show leaders shaking hands across polished tables. They seldom show the interpreters sitting a little behind, headphones on, converting every phrase in real time. In the South Caucasus, where negotiations often involve several languages and a shared lingua franca inherited from an earlier era, interpreters play a role that goes well beyond mechanical translation. They decide, in seconds, how to render words that carry decades of grievance or cautious hope.",
            ),
            (
                "paragraph",
                "Place names are a clear example. A single town, river or mountain may have different names in different languages, each tied to a particular historical narrative. An interpreter who chooses one name over another can, without intending to, signal a political position. Experienced interpreters develop careful strategies, sometimes using neutral descriptions or both names in turn, to avoid derailing a conversation before it has properly begun.",
            ),
            (
                "pull_quote",
                {
                    "text": "An interpreter who chooses one name over another can, without intending to, signal a political position.",
                    "attribution": "Anna Kowalczyk, culture writer",
                },
            ),
            (
                "paragraph",
                "Tone is another subtle area. Formal courtesy in one language may sound cold or evasive in another. Idioms that convey warmth can be heard as flippant. A phrase meant as a gentle concession may be translated so literally that it sounds like a firm refusal. Good interpreters adjust for these differences while remaining faithful to the speaker's meaning, and the best negotiators know to check with them when a reaction across the table seems unexpectedly sharp.",
            ),
            (
                "paragraph",
                "Reliance on a third language brings its own complications. When neighbours negotiate in a language that is native to neither side, both are operating at a slight distance from their own expressions. This can be an advantage, creating a neutral space. It can also flatten nuance and leave room for misunderstanding when a written agreement is later rendered into each national language, with terms that do not map perfectly onto one another.",
            ),
            (
                "paragraph",
                "The drafting of final texts deserves particular attention. Agreements intended to last should specify which language version is authoritative, and negotiators should review key terms together in each language before signing. Several disputes elsewhere in the world have turned on a single word translated differently in two official versions. Investing time in linguistic review at the end of a negotiation can prevent years of argument afterwards.",
            ),
            (
                "paragraph",
                "There is a broader cultural lesson here. Peace, where it takes hold, is built not only by governments but by people who can speak and read each other's languages. Universities, publishers and broadcasters that support translation between regional languages, rather than always routing through a third, help create the shared vocabulary that future negotiators will need. The interpreters of tomorrow are today's language students, and their training is a quiet investment in stability.",
            ),
        ],
    },
    {
        "slug": "falling-caspian-shoreline-and-the-ports",
        "title": "A retreating shoreline: what the falling Caspian means for ports and coasts",
        "standfirst": "The level of the Caspian Sea has been dropping. Dredging budgets, port planning and coastal ecosystems will all need to adjust to a sea that is moving away from its shore.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["farid-mammadli"],
        "tags": ["caspian", "ports", "climate"],
        "days_ago": 48,
        "body": [
            (
                "paragraph",
                "The Caspian is the largest enclosed body of water on earth, and its level has always moved. Over the last century it has fallen, risen and fallen again, driven by the balance between river inflow, mainly from the Volga, and evaporation from its wide surface. In recent years the decline has been pronounced enough to alarm port operators, fishermen and scientists alike. In the shallow north, even a modest drop exposes large areas of former seabed.",
            ),
            (
                "paragraph",
                "For ports, the consequences are immediate and practical. Approach channels become shallower, forcing ships to carry lighter loads or wait for favourable conditions. Dredging, already a significant cost in shallow harbours, must be carried out more often and over longer distances. Berths designed for one water level may need modification. At a time when Caspian ports are expanding to handle more transit cargo, falling water adds a recurring cost that few business plans anticipated.",
            ),
            (
                "image",
                {
                    "caption": "A generated image of a port breakwater with exposed sand and a receding waterline",
                    "alt": "Breakwater with exposed sand beside a harbour",
                },
            ),
            (
                "paragraph",
                "Coastal ecosystems feel the change too. Wetlands and shallow lagoons, important for fish spawning and migratory birds, can dry out or become saltier. The Caspian seal, found nowhere else, relies on winter ice in the north for breeding, and changes in water depth and ice cover affect its habitat. Fisheries that have already suffered from overfishing and pollution face additional pressure as nursery grounds shrink.",
            ),
            ("newsletter", None),
            (
                "fact_box",
                {
                    "title": "Why the Caspian level moves",
                    "items": [
                        "Most inflow comes from the Volga, with smaller rivers adding the rest",
                        "Evaporation from the sea surface is the main loss",
                        "There is no natural outlet to the ocean",
                        "Warmer summers increase evaporation",
                        "Upstream water use reduces the volume reaching the sea",
                    ],
                },
            ),
            (
                "paragraph",
                "Predicting future levels is difficult. Inflow depends on rainfall and snowmelt across a vast river basin, as well as on how much water is withdrawn for farming and industry upstream. Warmer temperatures increase evaporation from the sea itself. Most scientific projections suggest that, under continued warming, the long-term trend will be downward, though year-to-year variation will remain. Planners should therefore prepare for a range of outcomes rather than betting on a single figure.",
            ),
            (
                "paragraph",
                "Adaptation will require cooperation among the five littoral states. Shared monitoring of water levels, river flows and ecosystems would provide a common evidence base. Coordinated dredging standards and navigation charts would help shipping across the sea. Environmental protection, including safeguards for wetlands and the seal population, is a shared interest that sits outside the more contentious questions of maritime boundaries and resource rights.",
            ),
            (
                "paragraph",
                "The falling Caspian is a reminder that infrastructure is built on assumptions about the natural world. Ports designed for yesterday's sea may struggle with tomorrow's. By incorporating realistic water-level scenarios into new projects now, rather than retrofitting later, the littoral states can avoid expensive surprises. The sea has moved before and will move again; the question is whether the region's plans are flexible enough to move with it.",
            ),
        ],
    },
    {
        "slug": "statisticians-deserve-independence",
        "title": "Good policy needs independent statisticians, and they need a proper budget",
        "standfirst": "Reliable numbers on prices, jobs and population are a public good. The editorial board argues that statistics offices across the region deserve legal independence and sustained funding.",
        "section": "analysis",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": [],
        "days_ago": 34,
        "body": [
            (
                "paragraph",
                "Every serious public debate eventually runs into a question of fact. How fast are prices rising? How many people have left the country? Are rural incomes growing or falling? The answers come, or should come, from national statistics offices. These institutions rarely attract attention unless something goes wrong. But the quality of their work determines whether governments, businesses and citizens argue about policy on a shared factual basis or on competing guesses.",
            ),
            (
                "paragraph",
                "Across the region, statistics offices have improved markedly over the past two decades. Many now publish data online, follow international methods and release figures on pre-announced dates. Yet their position remains fragile. Budgets are often tight, salaries lag behind the private sector and skilled staff leave. Legal guarantees of professional independence exist on paper in some countries but are weak or untested in others. Censuses, the foundation of much other data, are sometimes delayed for years.",
            ),
            (
                "pull_quote",
                {
                    "text": "The quality of statistics determines whether citizens argue about policy on a shared factual basis or on competing guesses.",
                    "attribution": "Editorial Board",
                },
            ),
            (
                "paragraph",
                "Independence matters because statistics can be uncomfortable. Inflation figures affect wage negotiations and pension indexation. Unemployment data shape judgements about economic management. Population counts influence the allocation of budgets and parliamentary seats. When the head of a statistics office can be removed for publishing an inconvenient number, every number becomes suspect, including the accurate ones. Trust, once lost, is slow and expensive to rebuild.",
            ),
            (
                "paragraph",
                "The remedy is not complicated. Laws should protect the head of the statistics office from dismissal except for clearly defined reasons, set fixed terms and require that release calendars be published in advance. Methods and revisions should be documented openly. Funding should be multi-year, so that major surveys and censuses are not hostage to annual budget fights. Parliaments should receive regular reports on the office's work and resources.",
            ),
            (
                "paragraph",
                "Users of statistics also have responsibilities. Journalists, including ourselves, should report figures carefully, explain revisions rather than treating them as scandals and resist the temptation to cherry-pick numbers that suit a story. Politicians across the spectrum should defend the integrity of official data even when it is unhelpful to them. Universities and researchers can help by using and scrutinising the data, which strengthens it over time.",
            ),
            (
                "paragraph",
                "In a region facing demographic change, energy transition and shifting trade routes, good data is not a bureaucratic luxury. It is the instrument by which societies understand themselves and judge whether their choices are working. Investing in independent, well-funded statistics offices costs relatively little. Failing to do so costs far more, in policies designed blindly and in public debates that never find common ground.",
            ),
        ],
    },
    {
        "slug": "border-commissions-and-patient-demarcation",
        "title": "Border commissions and the patient work of demarcation",
        "standfirst": "Lines on maps become real only when surveyors, lawyers and local residents agree where they run. The slow, technical process deserves more public understanding and less political noise.",
        "section": "politics",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["borders", "diplomacy", "south caucasus"],
        "days_ago": 7,
        "body": [
            (
                "paragraph",
                "Borders appear on maps as confident lines, but on the ground they are often uncertain. Across the South Caucasus, many internal boundaries drawn during the Soviet period were administrative conveniences, never intended to become international frontiers. When they did, the lines inherited all the ambiguity of their origins. Roads crossed them repeatedly, villages straddled them and pastures used for generations fell on one side or the other according to maps that did not always agree with each other.",
            ),
            (
                "paragraph",
                "Resolving this ambiguity is the job of bilateral border commissions, made up of diplomats, lawyers, cartographers and surveyors. Their work proceeds in two stages. Delimitation is the legal description of the border, usually agreed in a treaty. Demarcation is the physical marking of that line on the ground with posts, markers and coordinates. Both stages require agreement on which historical maps and documents count as authoritative, a question that can take years to settle.",
            ),
            ("heading", "Why the technical work is political"),
            (
                "paragraph",
                "It is tempting to treat demarcation as purely technical. In practice every decision affects people. A shift of a few hundred metres can separate a farmer from his fields, place a cemetery on the other side of a line or cut a village off from its water source. Commissions that consult local residents, understand traditional land use and plan practical solutions, such as access arrangements or land swaps, tend to produce borders that hold. Those that do not can create new grievances.",
            ),
            (
                "pull_quote",
                {
                    "text": "A shift of a few hundred metres can separate a farmer from his fields or cut a village off from its water source.",
                    "attribution": "Rustam Karimov, political analyst",
                },
            ),
            (
                "paragraph",
                "Public communication is another weak point. Because commissions work quietly, rumours fill the vacuum. Claims that territory has been given away circulate quickly, especially on social media, often before any decision has been taken. Governments could reduce this by publishing regular, factual updates on which sections have been agreed, explaining the methods used and offering clear channels for affected residents to raise concerns.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "International experience offers useful tools. Joint surveys using satellite positioning can establish coordinates that both sides trust. Neutral technical advisers can help resolve disputes over historical maps. Agreements on cross-border movement for local residents, grazing rights and shared infrastructure can soften the practical impact of a new line. None of these tools removes the need for political will, but they make it easier for that will to be translated into stable results.",
            ),
            (
                "paragraph",
                "The reward for patience is substantial. A clearly demarcated border reduces incidents, makes trade and transport simpler and removes a recurring source of tension from diplomatic relations. It allows local authorities on both sides to plan roads, schools and water systems with confidence. The work is slow and unglamorous, carried out by people whose names rarely appear in the news. It is nonetheless among the most important contributions to lasting stability in the region.",
            ),
        ],
    },
    {
        "slug": "municipal-elections-matter-more-than-admitted",
        "title": "Municipal elections matter more than capital-city commentary admits",
        "standfirst": "National contests dominate the conversation, but the decisions that shape daily life, from bus routes to rubbish collection, are taken in town halls that rarely get serious scrutiny.",
        "section": "politics",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["local government", "elections"],
        "days_ago": 22,
        "body": [
            (
                "paragraph",
                "Political commentary in the region tends to look upward: to presidents, prime ministers, parliaments and foreign ministries. Municipal elections, when they happen, receive a fraction of the coverage, often reduced to a question of which national party won more seats. This is a mistake. The quality of local government determines whether roads are repaired, whether water runs reliably, whether children can walk safely to school. These are the questions most citizens actually ask about the state.",
            ),
            (
                "paragraph",
                "Local democracy across the South Caucasus remains uneven. In some places, municipal councils have real budgets and responsibilities; in others, they are largely advisory, with key decisions taken by appointed officials. Turnout in local elections is frequently low, partly because voters sense that those they elect have little power. This creates a cycle in which weak institutions attract little interest, and little interest allows them to remain weak.",
            ),
            (
                "image",
                {
                    "caption": "An illustrated town square with a modest municipal building and people gathering",
                    "alt": "Town square with a municipal building",
                },
            ),
            (
                "paragraph",
                "Breaking that cycle begins with money. Municipalities that raise some of their own revenue, through property taxes or local fees, have a stronger incentive to spend it well and a clearer relationship with residents who pay it. Transfers from the centre remain necessary, particularly for poorer districts, but they should follow transparent formulas rather than political favour. Predictable funding allows councils to plan beyond the next election.",
            ),
            (
                "paragraph",
                "Transparency matters as much at local level as nationally. Publishing budgets, procurement contracts and council minutes online costs little and allows residents, local journalists and civic groups to follow decisions. Some municipalities in the region have begun doing this with encouraging results, including public hearings on budgets and simple online tools for reporting broken streetlights or uncollected rubbish. These examples deserve wider imitation.",
            ),
            (
                "paragraph",
                "Local government is also a training ground. Many capable politicians began their careers managing a district, learning to balance budgets, negotiate with contractors and answer to neighbours. A political system in which local office is meaningless deprives itself of this pipeline of practical experience. Strengthening municipalities is therefore not a distraction from national reform but one of its foundations, and parties that neglect local office should not be surprised when their national benches lack people who know how public services are actually delivered.",
            ),
            (
                "paragraph",
                "Commentators, including this one, bear some responsibility. It is easier to write about grand strategy than about the budget of a regional town. But the credibility of any state rests heavily on whether its most ordinary services work. The next time municipal elections come around, they deserve attention not as a proxy for national contests but as elections in their own right, about the places where people actually live.",
            ),
        ],
    },
    {
        "slug": "fewer-summits-more-working-groups",
        "title": "Summitry fatigue: regional diplomacy needs fewer summits and more working groups",
        "standfirst": "High-level meetings produce photographs and statements. Durable progress between neighbours is more often made in the slow, technical committees that follow them.",
        "section": "politics",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["diplomacy", "regional affairs"],
        "days_ago": 80,
        "body": [
            (
                "paragraph",
                "The diplomatic calendar of the South Caucasus has become crowded with summits. Leaders meet in European capitals, in Gulf cities, on the margins of larger gatherings. Each meeting produces a statement, a handshake and a round of commentary about breakthroughs or setbacks. Then the caravan moves on. It would be unfair to say these meetings achieve nothing; they can unlock decisions that only leaders can take. But they have begun to crowd out the quieter work on which any settlement depends.",
            ),
            (
                "paragraph",
                "Consider what a lasting normalisation between neighbours actually requires. Border crossings must be designed, staffed and equipped. Customs rules must be harmonised. Railway timetables and electricity connections must be agreed. Mechanisms must exist to handle incidents before they escalate. None of these tasks can be completed at a summit. They need standing working groups of officials and experts who meet regularly, build professional relationships and solve problems one at a time.",
            ),
            (
                "pull_quote",
                {
                    "text": "Summits can unlock decisions that only leaders can take, but they have begun to crowd out the quieter work on which any settlement depends.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "Such groups have a further advantage: continuity. Summits depend on the schedules and political moods of a few individuals, and momentum can evaporate when a meeting is postponed. Working groups, by contrast, can continue even when high-level contacts are frozen, keeping channels open and preserving technical progress. Some of the most resilient peace processes elsewhere have relied on exactly this layered structure, with technical tracks advancing steadily beneath the political one.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Mediators and outside partners have a role to play here. Rather than competing to host the next high-profile meeting, they could offer practical support for technical cooperation: funding joint surveys, providing neutral experts, hosting training for officials from both sides. This is less visible than a summit communique and less rewarding for the hosts' own domestic audiences. It is also more likely to produce results that outlast any single round of talks.",
            ),
            (
                "paragraph",
                "Publics also deserve a clearer picture of progress. Summit statements tend to be vague, leaving citizens to interpret them through partisan lenses. Regular, factual reporting on what working groups have agreed, whether on a border crossing, a water-sharing arrangement or a joint commission, would give people concrete evidence that normalisation is producing tangible benefits. That evidence, in turn, builds the public support that leaders need to take harder decisions.",
            ),
            (
                "paragraph",
                "None of this is an argument against meetings at the top. It is an argument for proportion. A summit should be the moment when leaders endorse work that their officials have prepared, not a substitute for that work. The region has seen enough moments of hope that faded because nothing stood behind them. Building the technical scaffolding first would make each future handshake mean more.",
            ),
        ],
    },
    {
        "slug": "parliamentary-committees-as-engines-of-reform",
        "title": "Parliamentary committees: the unnoticed engine of reform",
        "standfirst": "Plenary debates attract the cameras, but the real scrutiny of laws and budgets happens in committee rooms. Strengthening them is one of the cheapest reforms available.",
        "section": "politics",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["parliament", "governance"],
        "days_ago": 103,
        "body": [
            (
                "paragraph",
                "Television coverage of parliaments focuses on the plenary chamber: speeches, votes and occasional confrontations. Yet in most functioning legislatures, the decisive work happens elsewhere, in committees that examine draft laws line by line, question ministers and review how budgets are spent. In the South Caucasus, committees exist in every parliament, but their influence varies widely, and in many cases they have yet to realise their potential as instruments of scrutiny and improvement.",
            ),
            (
                "paragraph",
                "A strong committee has several characteristics. Its members serve long enough to develop expertise in their field. It has professional staff who can analyse legislation and budgets independently of the government. It holds public hearings where experts, businesses and civil society can present evidence. And it has the authority to summon officials and request documents, with a reasonable expectation that those requests will be honoured.",
            ),
            ("heading", "Staff, time and information"),
            (
                "paragraph",
                "The most common weakness is capacity. Committees with only one or two staff members cannot realistically examine complex legislation on energy regulation, taxation or public procurement. Draft laws often arrive late, leaving little time for review. Government ministries hold far more information than legislators, and without independent analysis, committees struggle to ask the right questions. Modest investments in staff and research services could change this balance significantly.",
            ),
            (
                "paragraph",
                "Budget oversight is a particular priority. Parliaments approve spending but often have limited ability to follow how it is used. Committees that receive regular reports from audit institutions, and that hold hearings on their findings, create an incentive for ministries to spend carefully. Some legislatures in the region have established dedicated budget offices to provide independent forecasts and analysis, a step that deserves support and emulation.",
            ),
            (
                "paragraph",
                "Committee work also offers opportunities for cooperation across party lines. Away from the cameras, members from different parties frequently find common ground on technical issues. Reports agreed unanimously carry more weight than partisan statements. Encouraging this culture, through rules that give opposition members meaningful roles including the chairing of some committees, strengthens parliament as an institution rather than as an arena for one side or another.",
            ),
            (
                "paragraph",
                "Reforming committees does not require constitutional change or large budgets. It requires rules that protect their powers, resources for staff and research, and a willingness among members to treat scrutiny as a core duty. International parliamentary networks offer training and exchange programmes that can help. The payoff is better legislation, more accountable spending and a parliament that citizens can see doing useful work, which over time may be the best antidote to political cynicism.",
            ),
        ],
    },
    {
        "slug": "regional-ombudsmen-meet-in-tbilisi",
        "title": "Regional ombudsmen meet in Tbilisi to compare notes on citizen complaints",
        "standfirst": "Human rights and public complaints offices from several countries gathered for a workshop focused on handling grievances about public services, detention conditions and access to information.",
        "section": "politics",
        "type": "news",
        "authors": ["rustam-karimov"],
        "tags": [],
        "days_ago": 152,
        "body": [
            (
                "paragraph",
                "Representatives of ombudsman and public defender offices from across the South Caucasus and neighbouring countries met in Tbilisi for a three-day workshop on the handling of citizen complaints, organisers said. The meeting, convened by a regional network of ombudsman institutions with support from an international human rights training centre, brought together investigators, legal advisers and communications staff to share methods and discuss common challenges.",
            ),
            (
                "paragraph",
                "Participants said the largest share of complaints received by their offices concerns everyday public services rather than high-profile cases. Disputes over pensions and social payments, delays in issuing documents, problems with utilities and complaints about the conduct of local officials make up much of the caseload. Several delegations described efforts to speed up responses by sorting complaints into categories on arrival and directing simpler cases to the responsible agencies quickly.",
            ),
            (
                "paragraph",
                "Sessions on monitoring places of detention drew particular interest. Staff from several offices described how unannounced visits, interviews with detainees in private and follow-up reports have helped improve conditions in some facilities. Participants discussed ways to ensure that recommendations are tracked and that institutions report back on the measures they have taken, an area in which many offices said progress remains slow.",
            ),
            (
                "paragraph",
                "Access to information was another theme. Ombudsman offices in the region often handle appeals when public bodies refuse requests for documents. Delegates compared the legal frameworks in their countries and noted differences in deadlines, exemptions and the powers available to compel disclosure. A working paper summarising these differences is expected to be circulated among network members in the coming months.",
            ),
            (
                "paragraph",
                "Organisers emphasised the practical nature of the workshop. Rather than issuing a joint political statement, participants worked through case studies, exchanged template letters and reviewed data management systems. Several offices agreed to pilot a common format for their annual statistics, which would allow easier comparison of caseloads and outcomes across countries. The network said such comparisons could help identify recurring problems and effective responses.",
            ),
            (
                "paragraph",
                "The next meeting of the network is planned for the autumn and is expected to focus on the rights of older people and people with disabilities in accessing public services. Organisers said they hoped to include representatives of civil society organisations in future sessions, reflecting the role such groups often play in bringing complaints to the attention of ombudsman offices in the first place.",
            ),
        ],
    },
    {
        "slug": "a-peace-agreement-needs-a-constituency",
        "title": "A peace agreement needs a constituency, not only signatures",
        "standfirst": "Treaties between neighbours can be negotiated by a handful of officials. Making them last requires citizens on both sides who see a stake in their success, and that has to be built deliberately.",
        "section": "politics",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["peace", "diplomacy", "civil society"],
        "days_ago": 180,
        "body": [
            (
                "paragraph",
                "The history of international diplomacy contains many agreements that were carefully negotiated, formally signed and then slowly hollowed out. Their texts were often sound. What they lacked was a constituency: a broad group of citizens, businesses and institutions with a direct interest in seeing the agreement implemented. Without that constituency, every difficult moment becomes an opportunity for opponents to argue that the deal was a mistake, and there are few voices to answer them.",
            ),
            (
                "paragraph",
                "The South Caucasus has a chance to learn from that history. Any settlement between neighbours here will face strong emotions rooted in loss and displacement. Those emotions are legitimate and must be acknowledged. But they will dominate public debate unless people can also see tangible benefits from peace: open roads, reconnected railways, trade that lowers prices, the ability to visit places that have been out of reach for decades.",
            ),
            (
                "pull_quote",
                {
                    "text": "Every difficult moment becomes an opportunity for opponents, and without a constituency there are few voices to answer them.",
                    "attribution": "Editorial Board",
                },
            ),
            (
                "paragraph",
                "Building a constituency means delivering early, visible results. Governments should identify practical projects that can proceed quickly once an agreement is reached, such as reopening a border crossing, restoring a rail link or establishing joint commissions on missing persons and environmental protection. Each success, however modest, gives citizens a reason to believe the process is worth defending, and a story to tell their neighbours when sceptics insist that nothing has changed.",
            ),
            (
                "paragraph",
                "It also means involving people beyond the negotiating teams. Business associations, universities, local authorities in border areas and cultural institutions can all contribute to cooperation once political conditions allow. Exchanges of students, journalists and professionals help replace abstract images of the other side with real acquaintance. These efforts cannot substitute for political agreements, but they make those agreements harder to unravel.",
            ),
            (
                "paragraph",
                "Honesty is essential. Leaders who oversell an agreement, presenting it as the end of all problems, set themselves up for disappointment. Those who negotiate in secret and present the public with a finished text invite suspicion. Explaining what a deal does and does not do, acknowledging its compromises and setting realistic expectations about the pace of change are the best protection against a backlash when difficulties arise, as they inevitably will.",
            ),
            (
                "paragraph",
                "Signatures matter; they create legal obligations and political commitments. But peace becomes durable only when it is woven into ordinary life, when a truck driver, a farmer near the border or a student planning a journey depends on it without thinking. We urge governments and their international partners to plan for that stage now, so that whatever is signed arrives with people ready to carry it forward, and with institutions prepared to turn its promises into daily routine.",
            ),
        ],
    },
]
